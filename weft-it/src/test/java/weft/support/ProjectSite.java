package weft.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The project site as the Maven Site Plugin built it (target/site), for the integration tests. */
public final class ProjectSite {

    /** target/site; fails when it was not built (mvn verify builds it before the integration tests). */
    public static Path root() {
        Path site = TestProjects.defaultStudy().resolve("target/site");
        assertThat(site.resolve("index.html"))
                .as("target/site is built by `mvn verify` (pre-integration-test) or `mvn package site`").isRegularFile();
        return site;
    }

    /** Every .html file under {@code root}, relative to it, with '/' separators. */
    public static Set<String> pages(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> pages = new TreeSet<>();
            walk.filter(p -> p.toString().endsWith(".html")).forEach(p -> pages.add(relative(root, p)));
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The .html files reached from {@code start} by following relative links (href and src) from page to page. */
    public static Set<String> reachable(Path root, String start) {
        Set<String> reached = new TreeSet<>();
        Deque<Path> queue = new ArrayDeque<>();
        queue.add(root.resolve(start).normalize());
        while (!queue.isEmpty()) {
            Path page = queue.poll();
            if (!page.startsWith(root) || !Files.isRegularFile(page) || !reached.add(relative(root, page))) {
                continue;
            }
            try {
                for (Element e : Jsoup.parse(page.toFile(), "UTF-8").select("[href], [src]")) {
                    String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    URI uri = new URI(link);
                    if (uri.getScheme() == null && uri.getPath() != null && uri.getPath().endsWith(".html")) {
                        queue.add(page.getParent().resolve(uri.getPath()).normalize());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new AssertionError(relative(root, page) + ": not a valid link: " + e.getInput(), e);
            }
        }
        return reached;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private ProjectSite() {
    }
}
