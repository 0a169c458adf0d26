package weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A new study in one command, as the README gives it: archetype:generate, then mvn package and mvn site in the
 * generated folder, which use Weft's plugin and nothing of Weft's source.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchetypeStudyIT {

    static final Path WORK = MavenRun.freshFolder("archetype");
    static final Path STUDY = WORK.resolve("my-study");

    /** The card's layout: every file the archetype generates, and nothing else. */
    static final List<String> LAYOUT = List.of(
            "README.md",
            "coded-data/coding-frame.yaml",
            "coded-data/quotes/quotes.yaml",
            "coded-data/study.yaml",
            "content/abstract.md",
            "content/conclusions.md",
            "content/discussion.md",
            "content/introduction.md",
            "content/methods.md",
            "content/references.bib",
            "content/results.md",
            "pom.xml",
            "site/markdown/data-and-ethics.md",
            "site/resources/css/site.css",
            "site/site.xml",
            "templates/README.md");

    @Test
    @Order(1)
    void archetypeGenerateMakesAStudyFolderWithTheCardsLayoutAndNothingElse() throws IOException {
        MavenRun run = MavenRun.in(WORK, "generate", "org.apache.maven.plugins:maven-archetype-plugin:3.4.0:generate",
                "-DinteractiveMode=false", "-DarchetypeGroupId=org.weft", "-DarchetypeArtifactId=weft-archetype",
                "-DarchetypeVersion=" + MavenRun.VERSION, "-DgroupId=org.example", "-DartifactId=my-study",
                "-Dversion=1.0-SNAPSHOT");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(files(STUDY)).containsExactlyElementsOf(LAYOUT);
        String pom = Files.readString(STUDY.resolve("pom.xml"));
        assertThat(pom).contains("<artifactId>my-study</artifactId>", "<groupId>org.example</groupId>",
                "<artifactId>weft-maven-plugin</artifactId>\n        <version>" + MavenRun.VERSION + "</version>",
                "<siteDirectory>${project.basedir}/site</siteDirectory>");
        assertThat(pom).doesNotContain("<dependencies>", "<modules>", "<parent>");
    }

    @Test
    @Order(2)
    void mvnPackageBuildsThePublicationWithoutCompilingOrTestingWeft() {
        MavenRun first = MavenRun.in(STUDY, "package-first", "package");
        assertThat(first.exitCode()).as(first.log()).isZero();
        deleteTarget();
        MavenRun warm = MavenRun.in(STUDY, "package", "package");
        System.out.printf("ArchetypeStudyIT: mvn package of the generated study: %.1f s with the local repository being"
                + " filled, %.1f s cold (new JVM, no target/) with it warm%n",
                first.time().toMillis() / 1000.0, warm.time().toMillis() / 1000.0);

        assertThat(warm.exitCode()).as(warm.log()).isZero();
        for (String output : List.of("index.html", "article.pdf", "evidence/index.html")) {
            assertThat(STUDY.resolve("target/publication").resolve(output)).isRegularFile();
        }
        assertThat(warm.log()).contains("[INFO] Weft: 0 errors, 0 warnings")
                .doesNotContain("maven-compiler-plugin", "maven-surefire-plugin", "[ERROR]");
        // PDFBox logs this through Maven's logger while the PDF is written (the engine's, not the study's): known
        assertThat(warm.log().lines().filter(l -> l.startsWith("[WARNING]")))
                .allMatch(l -> l.equals("[WARNING] Using fallback font LiberationSans for base font Helvetica"));
        assertThat(STUDY.resolve("target/classes")).doesNotExist();
        // The target is 20 s on an idle machine; the default limit leaves room for a loaded one and still
        // fails a build that compiles Weft or runs its tests (about 100 s).
        assertThat(warm.time().toSeconds()).as("cold mvn package with a warm local repository")
                .isLessThan(Long.getLong("weft.it.packageSeconds", 60));
    }

    @Test
    @Order(3)
    void mvnSiteBuildsTheProjectSiteWithThePublicationInside() {
        MavenRun run = MavenRun.in(STUDY, "site", "site");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(STUDY.resolve("target/site/index.html")).isRegularFile();
        assertThat(STUDY.resolve("target/site/data-and-ethics.html")).isRegularFile();
        assertThat(STUDY.resolve("target/site/publication/index.html")).isRegularFile();
        assertThat(STUDY.resolve("target/site/publication/article.pdf")).isRegularFile();
    }

    private static void deleteTarget() {
        Path target = STUDY.resolve("target");
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
