package weft.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weft.support.ProjectSite;
import weft.support.StaticServer;

/**
 * The project site served by a web server on the loopback interface, at a sub-path (as on GitHub Pages or an
 * institutional server) and at the root of the host: a crawler starting from the home page follows every link of
 * every page and stylesheet, and each must answer 200 without leaving the site's path.
 */
class SiteSubPathIT {

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final int MAX_REQUESTS = 20_000;

    @ParameterizedTest
    @ValueSource(strings = {"/some/path/", "/"})
    void every_link_answers_when_the_site_is_served_under(String base) throws IOException, InterruptedException {
        Path site = ProjectSite.root();
        try (StaticServer server = new StaticServer(site, base)) {
            URI home = server.url("index.html");
            Crawl crawl = crawl(home, base);
            assertThat(crawl.problems).isEmpty();
            assertThat(crawl.fetched).contains(home.resolve("publication/index.html"), home.resolve("publication/article.pdf"),
                    home.resolve("publication/article.docx"), home.resolve("publication/article.jats.xml"),
                    home.resolve("publication/evidence/index.html"), home.resolve("reproducibility.html"));
            assertThat(crawl.pages).isEqualTo(ProjectSite.pages(site).size());
        }
    }

    private record Crawl(Set<URI> fetched, int pages, List<String> problems) {
    }

    private static Crawl crawl(URI home, String base) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Set<URI> seen = new HashSet<>();
        Deque<URI[]> queue = new ArrayDeque<>(); // {target, the page that links to it}
        queue.add(new URI[] {home, home});
        List<String> problems = new ArrayList<>();
        int pages = 0;
        while (!queue.isEmpty()) {
            URI[] next = queue.poll();
            URI target = next[0];
            if (!seen.add(target)) {
                continue;
            }
            assertThat(seen).as("the crawl is bounded").hasSizeLessThan(MAX_REQUESTS);
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                problems.add(next[1].getPath() + " -> " + target.getPath() + ": HTTP " + response.statusCode());
                continue;
            }
            String path = target.getPath();
            List<String> links = new ArrayList<>();
            if (path.endsWith(".html")) {
                pages++;
                Document doc = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), target.toString());
                for (Element e : doc.select("[href], [src]")) {
                    links.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
                }
            } else if (path.endsWith(".css")) {
                Matcher m = CSS_URL.matcher(new String(response.body(), StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(1).startsWith("data:")) {
                        links.add(m.group(1));
                    }
                }
            }
            for (String link : links) {
                URI resolved;
                try {
                    resolved = target.resolve(link.replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    problems.add(path + " -> " + link + ": not a valid link");
                    continue;
                }
                if ("mailto".equals(resolved.getScheme()) || !resolved.getAuthority().equals(home.getAuthority())) {
                    continue; // another host: this test has no network beyond the loopback server
                }
                URI withoutFragment = URI.create(resolved.getScheme() + "://" + resolved.getAuthority() + resolved.getRawPath());
                if (!withoutFragment.getPath().startsWith(base)) {
                    problems.add(path + " -> " + link + ": leaves " + base + " (" + withoutFragment.getPath() + ")");
                } else if (!seen.contains(withoutFragment)) {
                    queue.add(new URI[] {withoutFragment, target});
                }
            }
        }
        return new Crawl(seen, pages, problems);
    }
}
