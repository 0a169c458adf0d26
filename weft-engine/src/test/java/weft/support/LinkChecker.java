package weft.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every link of a published folder as a browser opening it from disk would follow it: each href, src
 * and form action of every .html file must be relative, must name a file inside the folder, and its
 * #fragment must name an id of that file. Web addresses (http, https, mailto) are outside its scope.
 */
public final class LinkChecker {

    private final Path root;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    public LinkChecker(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Every broken link, as {@code page: link: reason}; empty when all links resolve. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            Document doc = parse(page);
            for (Element e : doc.select("[href], [src], form[action]")) {
                String link = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
                String problem = check(page, link);
                if (problem != null) {
                    problems.add(root.relativize(page) + ": " + link + ": " + problem);
                }
            }
        }
        return problems;
    }

    /** How many links the check followed (so that a test can tell that it checked something). */
    public int linkCount() {
        int count = 0;
        for (Path page : pages()) {
            count += parse(page).select("[href], [src], form[action]").size();
        }
        return count;
    }

    public List<Path> pages() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String check(Path page, String link) {
        if (link.isEmpty()) {
            return "empty link";
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return "not a valid URI";
        }
        String scheme = uri.getScheme();
        if (scheme != null) {
            return Set.of("http", "https", "mailto").contains(scheme) ? null : "not relative (" + scheme + ":)";
        }
        if (link.startsWith("/")) {
            return "not relative (starts at the root of the host)";
        }
        Path target = uri.getPath() == null || uri.getPath().isEmpty() ? page
                : page.getParent().resolve(uri.getPath()).normalize();
        if (!target.startsWith(root)) {
            return "leads out of the published folder";
        }
        if (Files.isDirectory(target)) {
            return "names a folder, which file:// shows as a listing";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !ids.computeIfAbsent(target, t -> parse(t).select("[id]").stream().map(Element::id)
                .collect(Collectors.toSet())).contains(fragment)) {
            return "no element with id '" + fragment + "'";
        }
        return null;
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
