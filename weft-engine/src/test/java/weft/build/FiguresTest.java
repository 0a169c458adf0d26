package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.Manifest;
import weft.publish.OutputFiles;
import weft.read.ImageBytes;
import weft.read.ImageFilesForTests;
import weft.support.TestProjects;

/**
 * A study whose prose has figures (synthetic study, drawn pictures): each is numbered in the article's reading order
 * with the coding frame's figure, referred to by {{ref:fig-…}}, and carried by every format (the web page's file, the
 * PDF's image, the Word document's picture, the JATS graphic) without the metadata of its file; the manifest lists the
 * figures shown, and only those.
 */
class FiguresTest {

    private static final String AUTHOR = "Jane Doe";

    @TempDir
    Path temp;
    private Path project;
    private byte[] garden;
    private byte[] map;

    @BeforeEach
    void studyWithFigures() throws IOException {
        project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        Files.createDirectories(project.resolve("content/figures"));
        garden = ImageFilesForTests.pngWithText("Author\0" + AUTHOR);
        map = ImageFilesForTests.jpegWithExif(AUTHOR);
        Files.write(project.resolve("content/figures/garden.png"), garden);
        Files.write(project.resolve("content/figures/map.jpg"), map);
        Files.write(project.resolve("content/figures/unused.png"), garden);
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + "\nThe plan is in {{ref:fig-garden}}; where neighbours met,"
                + " in {{ref:fig-map}}.\n\n![The garden's plan, {{count:level1|words}} beds](figures/garden.png){width=50%}\n");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "{{quote:same-stairwell}}\n",
                "{{quote:same-stairwell}}\n\n          ![Where the neighbours met](figures/map.jpg){#fig-map}\n");
    }

    @Test
    void figures_are_numbered_in_reading_order_with_the_coding_frames_and_referred_to() {
        Document article = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        assertThat(article.select("figure.figure").eachAttr("id")).containsExactly("fig-garden", "fig-coding-frame", "fig-map");
        assertThat(article.select("figure.figure figcaption .label").eachText())
                .containsExactly("Figure 1.", "Figure 2.", "Figure 3.");
        assertThat(article.select("#fig-garden figcaption").text()).isEqualTo("Figure 1. The garden\u2019s plan, three beds");
        assertThat(article.select("#fig-garden img").attr("alt")).isEqualTo("The garden\u2019s plan, three beds");
        assertThat(article.select("#fig-garden img").attr("src")).isEqualTo("figures/garden.png");
        assertThat(article.select("#fig-map img").attr("width")).isEqualTo("120");
        assertThat(article.select("a.xref").eachText()).containsSubsequence("Figure 1", "Figure 3")
                .contains("Figure 2"); // the results' own reference to the coding frame follows the count
        assertThat(article.select("a.xref[href=#fig-map]").text()).isEqualTo("Figure 3");
    }

    @Test
    void the_publication_carries_the_figures_shown_without_their_metadata_and_the_manifest_lists_them() throws Exception {
        OutputFiles publication = TestProjects.publication(project);
        assertThat(publication.files().keySet().stream().filter(p -> p.startsWith("figures/")))
                .containsExactly("figures/garden.png", "figures/map.jpg");
        assertThat(publication.files().get("figures/garden.png")).isEqualTo(ImageBytes.check(garden).bytes());
        assertThat(publication.files().get("figures/map.jpg")).isEqualTo(ImageBytes.check(map).bytes());
        for (String figure : List.of("figures/garden.png", "figures/map.jpg")) {
            assertThat(new String(publication.files().get(figure), StandardCharsets.ISO_8859_1)).doesNotContain(AUTHOR);
        }
        String manifest = publication.text("manifest.json");
        assertThat(manifest).contains("\"path\" : \"content/figures/garden.png\",\n    \"sha256\" : \""
                + Manifest.sha256(garden) + "\"", "\"sha256\" : \"" + Manifest.sha256(map) + "\"").doesNotContain("unused");
    }

    @Test
    void the_pdf_shows_each_figure_and_attaches_no_figure_file() throws Exception {
        OutputFiles publication = TestProjects.publication(project);
        try (PDDocument pdf = Loader.loadPDF(publication.files().get("article.pdf"))) {
            List<String> images = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image.getSuffix() + " " + image.getWidth() + "x" + image.getHeight());
                    }
                }
            }
            assertThat(images).containsExactlyInAnyOrder("png 120x80", "jpg 120x80");
            // the garden at half the text's width ({width=50%}), the map at its own size (120 pixels at 96 an inch)
            List<weft.support.DrawnImages.Drawn> drawn = weft.support.DrawnImages.of(pdf);
            assertThat(drawn).extracting(d -> Math.round(d.width() * 10) / 10f).as("widths in points").hasSize(2)
                    .contains(90f).anySatisfy(w -> assertThat(w).as("half of the text's 470").isBetween(230f, 240f));
            assertThat(drawn).filteredOn(d -> Math.abs(d.height() * 1.5f - d.width()) > 0.5f).as("in proportion").isEmpty();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Figure 1. The garden\u2019s plan, three beds", "Figure 3. Where the neighbours met",
                    "The plan is in Figure 1; where neighbours met, in Figure 3.");
            PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
            assertThat(names.getEmbeddedFiles().getNames().keySet()).contains("content/methods.md")
                    .noneMatch(n -> n.startsWith("content/figures/"));
        }
    }

    @Test
    void the_word_document_and_the_jats_carry_the_figures() throws Exception {
        OutputFiles publication = TestProjects.publication(project);
        Map<String, byte[]> docx = unzip(publication.files().get("article.docx"));
        assertThat(docx.values()).anySatisfy(b -> assertThat(b).isEqualTo(publication.files().get("figures/garden.png")))
                .anySatisfy(b -> assertThat(b).isEqualTo(publication.files().get("figures/map.jpg")));
        String body = new String(docx.get("word/document.xml"), StandardCharsets.UTF_8);
        assertThat(body).contains("descr=\"The garden\u2019s plan, three beds\"", "Figure 3.");
        // the garden at half the text's width (451.3 points), the map at its own 120 pixels: 90 points
        assertThat(body).contains("cx=\"" + Math.round(0.5 * (11906 - 2 * 1440) / 20.0 * 12700) + "\"",
                "cx=\"" + Math.round(120 * 0.75 * 12700) + "\"");
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        assertThat(jats.select("fig#fig-garden > label").text()).isEqualTo("Figure 1");
        assertThat(jats.select("fig#fig-garden graphic").attr("xlink:href")).isEqualTo("figures/garden.png");
        assertThat(jats.select("fig#fig-map graphic").attr("mime-subtype")).isEqualTo("jpeg");
        assertThat(jats.select("fig#fig-map alt-text").text()).isEqualTo("Where the neighbours met");
    }

    /**
     * Quarto's figure div: {@code ::: {#fig-…}}, its image, then its caption as a paragraph of its own (a long one, with
     * a citation), is the figure; a div of another shape (two images: subfigures) is a warning, as a div Weft does not
     * read.
     */
    @Test
    void a_figure_div_as_quarto_writes_one_is_the_figure_with_its_caption() throws Exception {
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + """

                The beds are in @fig-beds.

                ::: {#fig-beds fig-alt="Six raised beds in two rows"}
                ![](figures/garden.png){width=40%}

                The raised beds, *as built* in the first spring, [en place]{lang=fr},
                after the plan of [@example2021].
                :::

                ::: {#fig-pair}
                ![One](figures/garden.png){#fig-one}

                ![Two](figures/garden.png){#fig-two}

                Two views.
                :::
                """);
        BuildResult result = TestProjects.render(project);
        Document article = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        Element beds = article.expectFirst("figure#fig-beds");
        assertThat(beds.select("figcaption").text()).startsWith("Figure 2. The raised beds, as built in the first spring,"
                + " en place, after the plan of [1]");
        assertThat(beds.select("figcaption span[lang=fr]").text()).isEqualTo("en place");
        assertThat(beds.select("figcaption em").text()).isEqualTo("as built");
        assertThat(beds.select("img").attr("alt")).isEqualTo("Six raised beds in two rows");
        assertThat(beds.select("img").attr("style")).isEqualTo("width: 40%");
        assertThat(article.select("a.xref[href=#fig-beds]").text()).isEqualTo("Figure 2");
        assertThat(article.text()).doesNotContain(":::", "#fig-beds");
        // two images and their caption: Quarto's subfigures, one figure (FigurePanelTest)
        assertThat(article.expectFirst("figure#fig-pair > figcaption").text()).isEqualTo("Figure 3. Two views.");
        assertThat(article.select("figure#fig-pair figure.subfigure figcaption").eachText())
                .containsExactly("(a) One", "(b) Two");
        assertThat(TestProjects.diagnostics(result)).filteredOn(d -> d.contains(":::")).isEmpty();
    }

    /** Quarto's fig-alt: a figure's text alternative apart from its caption, in every format; the caption stays. */
    @Test
    void a_text_alternative_given_apart_from_the_caption_is_the_figures_in_every_format() throws Exception {
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "{#fig-map}",
                "{#fig-map fig-alt=\"A sketch of the yard: benches <by> the door\"}");
        OutputFiles publication = TestProjects.publication(project);
        Document article = Jsoup.parse(publication.text("index.html"));
        assertThat(article.select("#fig-map img").attr("alt")).isEqualTo("A sketch of the yard: benches <by> the door");
        assertThat(article.select("#fig-map figcaption").text()).endsWith("Where the neighbours met");
        assertThat(article.select("#fig-map img").first().attributes().asList()).extracting(a -> a.getKey())
                .doesNotContain("fig-alt", "data-weft-alt-given");
        assertThat(article.select("#fig-garden img").attr("alt")).isEqualTo("The garden\u2019s plan, three beds");
        String body = new String(unzip(publication.files().get("article.docx")).get("word/document.xml"), StandardCharsets.UTF_8);
        assertThat(body).contains("descr=\"A sketch of the yard: benches &lt;by> the door\"");
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        assertThat(jats.select("fig#fig-map alt-text").text()).isEqualTo("A sketch of the yard: benches <by> the door");
        assertThat(jats.select("fig#fig-map caption").text()).isEqualTo("Where the neighbours met");
        assertThat(TestProjects.figureAlts(publication.files().get("article.pdf")))
                .contains("A sketch of the yard: benches <by> the door");
    }

    /**
     * A caption's citations and cross-references are filled in by the article, after the prose is rendered: the text
     * alternative is the caption as printed, not the words around the holes they left.
     */
    @Test
    void the_text_alternative_is_the_caption_with_its_citations_and_references_filled_in() throws Exception {
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + """

                ![The beds, after [@example2021], beside @fig-garden](figures/garden.png){#fig-beds}

                ![Again, beside @fig-garden](figures/garden.png){#fig-again}
                """);
        OutputFiles publication = TestProjects.publication(project);
        Document article = Jsoup.parse(publication.text("index.html"));
        String alt = article.expectFirst("#fig-beds img").attr("alt");
        assertThat(alt).isEqualTo(article.expectFirst("#fig-beds figcaption").text().replaceFirst("^Figure \\d+\\. ", ""))
                .matches("The beds, after \\[1\\], beside Figure \\d");
        // an image's description is no bracketed citation: "[Again, beside @fig-garden]" was read as Quarto's
        // "[Fig. @fig-x]" and the image printed as its Markdown
        assertThat(article.expectFirst("#fig-again figcaption").text()).matches("Figure \\d+\\. Again, beside Figure \\d");
        assertThat(article.text()).doesNotContain("(figures/garden.png)");
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(jats.select("fig#fig-beds alt-text").text()).isEqualTo(alt);
        assertThat(TestProjects.figureAlts(publication.files().get("article.pdf"))).contains(alt);
        for (var file : publication.files().entrySet()) {
            assertThat(new String(file.getValue(), StandardCharsets.ISO_8859_1)).as(file.getKey())
                    .doesNotContain("data-weft-alt");
        }
    }

    @Test
    void a_figure_changed_after_a_build_changes_every_format() throws Exception {
        OutputFiles first = TestProjects.publication(project);
        Files.write(project.resolve("content/figures/garden.png"), ImageFilesForTests.pngWithText("Author\0Someone else"));
        Files.write(project.resolve("content/figures/map.jpg"), ImageFilesForTests.otherJpeg());
        OutputFiles second = TestProjects.publication(project);
        for (String file : List.of("figures/map.jpg", "article.pdf", "article.docx", "manifest.json")) {
            assertThat(second.files().get(file)).as(file).isNotEqualTo(first.files().get(file));
        }
    }

    /**
     * A photo for reviewers only ({audience=reviewers}): a public build holds nothing of it in any output byte (its
     * description, its file, its name; the prose file that describes it is neither embedded nor listed), and a
     * reference to it is an error there; a build for reviewers shows it.
     */
    @Test
    void a_figure_for_reviewers_leaves_no_trace_in_a_public_build() throws Exception {
        Files.write(project.resolve("content/figures/home.jpg"), ImageFilesForTests.jpegWithExif("A"));
        Path discussion = project.resolve("content/discussion.md");
        String written = Files.readString(discussion);
        Files.writeString(discussion, written + "\n![Quillspire kitchen of a resident](figures/home.jpg){#fig-home"
                + " audience=reviewers}\n");
        BuildResult publicBuild = new Weft().render(project, BuildOptions.defaults());
        assertThat(publicBuild.succeeded()).as("%s", publicBuild.diagnostics()).isTrue();
        Map<String, String> outputs = weft.support.OutputBytes.everyByte(publicBuild);
        outputs.forEach((file, text) -> assertThat(text).as(file).doesNotContain("Quillspire", "home.jpg", "fig-home"));
        assertThat(publicBuild.publication().orElseThrow().text("manifest.json")).doesNotContain("content/discussion.md")
                .contains("content/methods.md");
        assertThat(TestProjects.diagnostics(publicBuild)).contains("NOTE content/discussion.md: the PDF does not embed, nor"
                + " the manifest list, content/discussion.md: a figure there is withheld from a build for the audience 'public'");

        BuildResult reviewers = new Weft().render(project, BuildOptions.defaults().audience(weft.model.Audience.REVIEWERS));
        assertThat(reviewers.succeeded()).as("%s", reviewers.diagnostics()).isTrue();
        assertThat(reviewers.publication().orElseThrow().files()).containsKey("figures/home.jpg");
        assertThat(Jsoup.parse(reviewers.publication().orElseThrow().text("index.html")).select("#fig-home figcaption").text())
                .isEqualTo("Figure 4. Quillspire kitchen of a resident");

        Files.writeString(discussion, written + "\nSee {{ref:fig-home}}.\n\n![Quillspire kitchen of a resident](figures/home.jpg)"
                + "{#fig-home audience=reviewers}\n");
        assertThat(TestProjects.diagnostics(new Weft().render(project, BuildOptions.defaults()))).anyMatch(d -> d.matches(
                "ERROR content/discussion\\.md:\\d+:\\d+: the figure 'fig-home' is withheld from this build \\(its audience,"
                        + " reviewers, is narrower than the build's\\): the text cannot refer to it; build for its audience"
                        + " \\(--audience\\), or change its audience"));
    }

    /**
     * A photo that shows a participant ({participant=p99}) goes by that participant's audience, as their quotes do: one who
     * consented to reviewers only withholds it from a public build without the figure saying so itself; a participant
     * for everyone leaves it public; a participant the study does not have is an error at the figure.
     */
    @Test
    void a_figure_showing_a_participant_goes_by_their_audience() throws Exception {
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "participants:\n", "participants:\n  - id: p99\n"
                + "    citedAs: 99F50\n    audience: reviewers\n");
        Files.write(project.resolve("content/figures/bed.jpg"), ImageFilesForTests.jpegWithExif("A"));
        Files.write(project.resolve("content/figures/shed.png"), ImageFilesForTests.widePng());
        Path discussion = project.resolve("content/discussion.md");
        String written = Files.readString(discussion);
        Files.writeString(discussion, written + "\n![Quillspire bed of a resident](figures/bed.jpg){#fig-bed"
                + " participant=p99}\n\n![The shared shed](figures/shed.png){participant=\"p25 p31\"}\n");
        BuildResult publicBuild = new Weft().render(project, BuildOptions.defaults());
        assertThat(publicBuild.succeeded()).as("%s", publicBuild.diagnostics()).isTrue();
        weft.support.OutputBytes.everyByte(publicBuild).forEach((file, text) -> assertThat(text).as(file)
                .doesNotContain("Quillspire", "bed.jpg", "fig-bed"));
        Document article = Jsoup.parse(publicBuild.publication().orElseThrow().text("index.html"));
        assertThat(article.select("#fig-shed figcaption").text()).as("the participants of the shed are public")
                .endsWith("The shared shed");

        BuildResult reviewers = new Weft().render(project, BuildOptions.defaults().audience(weft.model.Audience.REVIEWERS));
        assertThat(reviewers.succeeded()).as("%s", reviewers.diagnostics()).isTrue();
        assertThat(reviewers.publication().orElseThrow().files()).containsKey("figures/bed.jpg");

        Files.writeString(discussion, written + "\n![The shared shed](figures/shed.png){participant=p77}\n");
        assertThat(TestProjects.diagnostics(new Weft().render(project, BuildOptions.defaults()))).anyMatch(d -> d.matches(
                "ERROR content/discussion\\.md:\\d+:\\d+: a figure shows the participant 'p77', who is not one of the"
                        + " study's participants \\(study\\.yaml or coded-data/participants\\.yaml, by id\\)"));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
