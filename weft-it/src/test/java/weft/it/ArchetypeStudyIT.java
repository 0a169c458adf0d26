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
import weft.support.Axe;
import weft.support.Browser;
import weft.support.ProjectSite;
import weft.support.StaticServer;

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
            ".gitignore",
            ".mvn/jvm.config",
            "README.md",
            "coded-data/coding-frame.yaml",
            "coded-data/quotes/quotes.yaml",
            "coded-data/study.yaml",
            "content/abstract.md",
            "content/acknowledgements.md",
            "content/conclusions.md",
            "content/contributions.md",
            "content/discussion.md",
            "content/introduction.md",
            "content/methods.md",
            "content/references.bib",
            "content/results.md",
            "pom.xml",
            "site/markdown/data-and-ethics.md",
            "site/resources/css/site.css",
            "site/resources/images/favicon.svg",
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
        for (String output : List.of("index.html", "article.pdf", "article.docx", "article.jats.xml", "evidence/index.html")) {
            assertThat(STUDY.resolve("target/publication").resolve(output)).isRegularFile();
        }
        assertThat(warm.log()).contains("[INFO] Weft: 0 errors, 0 warnings")
                .doesNotContain("maven-compiler-plugin", "maven-surefire-plugin", "[ERROR]");
        // PDFBox logs this through Maven's logger while the PDF is written (the engine's, not the study's): known
        assertThat(warm.log().lines().filter(l -> l.startsWith("[WARNING]")))
                .allMatch(l -> l.equals("[WARNING] Using fallback font LiberationSans for base font Helvetica"));
        assertThat(STUDY.resolve("target/classes")).doesNotExist();
        // The time is printed, not asserted: performance is measured by a benchmark (README, Benchmark), never by a
        // timed test on a noisy machine.
    }

    /** In the study's own folder, far from Weft's README: mvn weft:help lists the goals, and a goal's parameters. */
    @Test
    @Order(2)
    void mvnWeftHelpListsTheGoalsAndAGoalsParameters() {
        MavenRun goals = MavenRun.in(STUDY, "help", "weft:help");
        assertThat(goals.exitCode()).as(goals.log()).isZero();
        assertThat(goals.log()).contains("This plugin has 9 goals:", "weft:build", "weft:diff", "weft:export", "weft:help",
                "weft:import", "weft:serve", "weft:site", "weft:validate", "weft:words");
        MavenRun detail = MavenRun.in(STUDY, "help-import", "weft:help", "-Ddetail", "-Dgoal=import");
        assertThat(detail.exitCode()).as(detail.log()).isZero();
        assertThat(detail.log()).contains("weft:import", "importFile", "User property: weft.importFile",
                "User property: weft.participants").doesNotContain("weft:export");
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

    @Test
    @Order(4)
    void theGeneratedStudysProjectSitePassesAxeAndShowsNoConsoleError() {
        Path site = STUDY.resolve("target/site");
        List<String> pages = ProjectSite.pages(site).stream().filter(p -> !p.contains("/")).toList();
        assertThat(pages).contains("index.html", "reproducibility.html", "data-and-ethics.html");
        try (StaticServer server = new StaticServer(site, "/my-study/"); Browser browser = new Browser()) {
            for (String page : pages) {
                browser.driver().get(server.url(page).toString());
                assertThat(Axe.violations(browser, Axe.WCAG21_AA)).as(page).isEmpty();
                assertThat(browser.consoleErrors()).as(page).isEmpty();
            }
            assertThat(server.misses()).as("requests answered 404").isEmpty();
        }
    }

    @Test
    @Order(5)
    void gitKeepsTheStudysOwnFilesAndNotWhatWeftWrote() throws IOException, InterruptedException {
        Files.createDirectories(STUDY.resolve(".weft/previous-import/coded-data"));
        Files.writeString(STUDY.resolve(".weft/previous-import/coded-data/coding-frame.yaml"), "nodes: []\n");
        git("init", "-q");
        git("add", "-A");
        List<String> staged = git("diff", "--cached", "--name-only").lines().sorted().toList();
        assertThat(staged).as("every file the archetype made, and nothing Weft wrote (target/, .weft/)")
                .containsExactlyElementsOf(LAYOUT);
        assertThat(git("status", "--porcelain", "--ignored").lines())
                .contains("!! target/", "!! .weft/");
    }

    /**
     * A study in Arabic with the generated study's pom and site: the project site's pages carry the study's language on
     * their sections and its text runs right to left there (the Site Plugin keeps neither the page's lang nor a dir
     * attribute); the pages still pass axe.
     */
    @Test
    @Order(6)
    void aStudyInARightToLeftLanguageHasItsSiteTextRunRightToLeft() throws IOException {
        Path arabic = WORK.resolve("arabic-study");
        for (String file : List.of("pom.xml", ".mvn/jvm.config", "site/site.xml", "site/markdown/data-and-ethics.md",
                "site/resources/css/site.css", "site/resources/images/favicon.svg")) {
            Files.createDirectories(arabic.resolve(file).getParent());
            Files.copy(STUDY.resolve(file), arabic.resolve(file));
        }
        weft.support.TestProjects.copyTree(weft.support.TestProjects.fixture("arabic-study"), arabic);

        MavenRun run = MavenRun.in(arabic, "arabic-site", "package", "site");

        assertThat(run.exitCode()).as(run.log()).isZero();
        Path site = arabic.resolve("target/site");
        try (StaticServer server = new StaticServer(site, "/arabic-study/"); Browser browser = new Browser()) {
            for (String page : List.of("index.html", "reproducibility.html")) {
                browser.driver().get(server.url(page).toString());
                assertThat(browser.script("return document.querySelector('main section').lang")).as(page).isEqualTo("ar");
                assertThat(browser.script("return getComputedStyle(document.querySelector('main h1')).direction")).as(page)
                        .isEqualTo("rtl");
                assertThat(Axe.violations(browser, Axe.WCAG21_AA)).as(page).isEmpty();
            }
            assertThat(browser.script("return getComputedStyle(document.querySelector('.nav-list')).direction"))
                    .as("the skin's menu, in the site's language").isEqualTo("ltr");
            browser.driver().get(server.url("index.html").toString());
            assertThat(browser.script("return getComputedStyle(document.querySelector('main pre')).direction"))
                    .as("BibTeX, left to right").isEqualTo("ltr");
        }
    }

    /**
     * The researcher's next step: their coding, exported from a QDA tool or kept in a spreadsheet, imported with the
     * plugin's goal into the new study. The skeleton's placeholder coding goes (copies kept), and the check that follows
     * points at the prose that still names a placeholder.
     */
    @Test
    @Order(7)
    void weftImportReplacesTheSkeletonsPlaceholderCodingWithTheResearchersOwn() throws IOException {
        Path sheet = Files.writeString(WORK.resolve("coding.csv"), "Speaker;Words;Topic;Aspect\r\n"
                + "P1;Rain again, all week.;Weather;Rain\r\nP2;The sun came out.;Weather;Sun\r\n");

        MavenRun run = MavenRun.in(STUDY, "import", "weft:import", "-Dweft.importFile=" + sheet, "-Dweft.levels=Topic,Aspect",
                "-Dweft.columns=participant=Speaker;text=Words");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("[INFO] Weft: replaced " + STUDY.resolve("coded-data/coding-frame.yaml")
                + " (the placeholder coding frame of Weft's new-study skeleton");
        assertThat(Files.readString(STUDY.resolve("coded-data/coding-frame.yaml"))).contains("label: Weather");
        assertThat(STUDY.resolve("coded-data/quotes/quotes.yaml")).doesNotExist();
        assertThat(STUDY.resolve(".weft/previous-import/quotes.yaml")).content().contains("Placeholder quote 1");

        MavenRun validate = MavenRun.in(STUDY, "validate-imported", "weft:validate");
        assertThat(validate.exitCode()).isNotZero();
        assertThat(validate.log()).containsPattern("content/discussion.md:\\d+:\\d+: unknown node 'first-main-category'");
    }

    /**
     * And the prose: a manuscript written in Quarto, one file, imported with the same goal. Each of its sections becomes
     * a file of content/ in place of the skeleton's placeholders (copies kept), its figure and bibliography come along,
     * and mvn package builds the article from them; imported again, it replaces what the first import wrote, on a
     * teammate's clone of the study's repository too (git keeps the import's record), and once the author has changed a
     * file of it, the import is refused.
     */
    @Test
    @Order(8)
    void weftImportOfAQuartoManuscriptMakesTheStudysProseAndTheStudyBuilds() throws IOException, InterruptedException {
        Path paper = Files.createDirectories(WORK.resolve("paper"));
        Files.createDirectories(paper.resolve("images"));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", paper.resolve("images/flow.png").toFile());
        Files.writeString(paper.resolve("refs.bib"), "@article{rain2021,\n  author = {Cloud, Ann},\n  title = {On rain},\n"
                + "  journal = {Weather Studies},\n  year = {2021}\n}\n");
        Files.writeString(paper.resolve("paper.qmd"), "---\ntitle: Weather talk\nbibliography: refs.bib\n"
                + "abstract: We asked about the weather.\n---\n\n# Introduction {#sec-intro}\n\nRain is talked of"
                + " [@rain2021].\n\n# Methods\n\n![How the talk was gathered](images/flow.png){#fig-flow}\n\n"
                + "As @fig-flow shows, and @sec-intro says.\n\n# Findings\n\nTwo topics.\n\n# Discussion\n\nMore"
                + " rain.\n\n# References\n\n::: {#refs}\n:::\n");

        MavenRun run = MavenRun.in(STUDY, "import-manuscript", "weft:import", "-Dweft.importFile=" + paper.resolve("paper.qmd"));

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("[INFO] Weft: Removed content/methods.md (a placeholder of Weft's new-study"
                + " skeleton", "[INFO] Weft: Copied content/figures/flow.png", "[INFO] Weft: Copied content/references.bib",
                "[INFO] Weft:   content/findings.md: results 'Findings', order 30 (paper.qmd line 17)");
        assertThat(STUDY.resolve(".weft/previous-import/content/methods.md")).exists();
        assertThat(STUDY.resolve("content/conclusions.md")).doesNotExist();
        assertThat(STUDY.resolve("content/methods.md")).content().startsWith("---\nid: methods\ntitle: Methods\nkind: section\n"
                + "order: 20\n---\n![How the talk was gathered](figures/flow.png){#fig-flow}\n");

        MavenRun build = MavenRun.in(STUDY, "package-manuscript", "package");
        assertThat(build.exitCode()).as(build.log()).isZero();
        String article = Files.readString(STUDY.resolve("target/publication/index.html"));
        assertThat(article).contains("We asked about the weather.", "Rain is talked of", "Figure 1", "How the talk was gathered",
                "On rain", "Weather").containsPattern("Findings</h2>");

        Files.writeString(paper.resolve("paper.qmd"), Files.readString(paper.resolve("paper.qmd")).replace("More rain.", "Much more rain."));
        MavenRun again = MavenRun.in(STUDY, "import-manuscript-again", "weft:import", "-Dweft.importFile=" + paper.resolve("paper.qmd"));
        assertThat(again.exitCode()).as(again.log()).isZero();
        assertThat(again.log()).contains("[INFO] Weft: Replaced content/discussion.md").doesNotContain("Replaced content/methods.md");

        // committed, the record comes along (the copies of what was replaced and the build's cache do not); on a
        // teammate's clone, the manuscript imports again over what the import wrote
        git("add", "-A");
        assertThat(git("diff", "--cached", "--name-only").lines()).contains(".weft/manuscript-import.json",
                "content/discussion.md").noneMatch(f -> f.startsWith(".weft/previous-import/") || f.startsWith("target/"));
        git("-c", "user.name=Weft test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "The manuscript imported");
        Path teammate = WORK.resolve("teammate");
        git("clone", "-q", STUDY.toString(), teammate.toString());
        Files.writeString(paper.resolve("paper.qmd"), Files.readString(paper.resolve("paper.qmd")).replace("Much more rain.",
                "Rain all week."));
        MavenRun theirs = MavenRun.in(teammate, "import-manuscript-teammate", "weft:import", "-Dweft.importFile="
                + paper.resolve("paper.qmd"));
        assertThat(theirs.exitCode()).as(theirs.log()).isZero();
        assertThat(theirs.log()).contains("[INFO] Weft: Replaced content/discussion.md");
        assertThat(teammate.resolve("content/discussion.md")).content().contains("Rain all week.");
        Files.writeString(STUDY.resolve("content/findings.md"), Files.readString(STUDY.resolve("content/findings.md"))
                + "A sentence of the author's.\n");
        MavenRun refused = MavenRun.in(STUDY, "import-manuscript-refused", "weft:import", "-Dweft.importFile=" + paper.resolve("paper.qmd"));
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.log()).contains("holds the study's prose already (content/findings.md, not as the earlier import wrote"
                + " it)", "nothing of the author's is written over");
        assertThat(STUDY.resolve("content/findings.md")).content().endsWith("A sentence of the author's.\n");
    }

    private static String git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(STUDY.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
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
