package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.read.ImageFilesForTests;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Quarto's subfigures: a figure div of several images and then its caption ({@code ::: {#fig-rooms layout-ncol=2}})
 * is one numbered figure, its images side by side in the columns its layout gives, each labelled (a), (b) … with its
 * own caption, and {@code @fig-kitchen} refers to a subfigure ("Figure 1 (a)"), in every format.
 */
class FigurePanelTest {

    private static final String PROSE = """

            ::: {#fig-rooms layout-ncol=2}
            ![The kitchen](figures/kitchen.png){#fig-kitchen}

            ![The table, [vu de la porte]{lang=fr}](figures/table.png){#fig-table}

            ![](figures/kitchen.png)

            The rooms of the *house*.
            :::

            ::: {#fig-row}
            ![Before](figures/kitchen.png) ![After](figures/table.png)

            The kitchen before and after.
            :::

            See @fig-rooms, @fig-table, [-@fig-kitchen] and @fig-row.
            """;

    @TempDir
    static Path temp;
    static TestProjects.Built built;

    @BeforeAll
    static void build() throws Exception {
        Path project = TestProjects.miniStudyWithMethods(temp.resolve("panels"), PROSE);
        TestProjects.figure(project, "kitchen.png", ImageFilesForTests.pngWithAlpha());
        TestProjects.figure(project, "table.png", ImageFilesForTests.widePng());
        TestProjects.figure(project, "secret.png", ImageFilesForTests.widePng());
        weft.build.BuildResult result = TestProjects.built(project);
        built = new TestProjects.Built(result, result.publication().orElseThrow());
    }

    @Test
    void the_web_page_prints_a_panel_as_one_figure_of_labelled_subfigures_side_by_side() {
        Document page = Jsoup.parse(built.publication().text("index.html"));
        Element panel = page.expectFirst("#sec-methods figure#fig-rooms.figure-panel");
        assertThat(panel.expectFirst("> figcaption").text()).isEqualTo("Figure 1. The rooms of the house.");
        List<Element> parts = panel.select("> div.subfigures > figure.subfigure");
        assertThat(parts).extracting(e -> e.expectFirst("figcaption").text())
                .containsExactly("(a) The kitchen", "(b) The table, vu de la porte", "(c)");
        assertThat(parts).extracting(Element::id).containsExactly("fig-kitchen", "fig-table", "");
        assertThat(parts).extracting(e -> e.attr("style")).containsOnly("width: 50%");
        assertThat(parts.get(1).select("span[lang=fr]").text()).isEqualTo("vu de la porte");
        // each image's text alternative: its own caption, or the panel's where it has none
        assertThat(parts).extracting(e -> e.expectFirst("img").attr("alt")).containsExactly("(a) The kitchen",
                "(b) The table, vu de la porte", "(c) The rooms of the house.");
        assertThat(parts).extracting(e -> e.expectFirst("img").attr("src"))
                .containsExactly("figures/kitchen.png", "figures/table.png", "figures/kitchen.png");
        // two images in one paragraph, no layout: one row
        Element row = page.expectFirst("figure#fig-row");
        assertThat(row.select("figure.subfigure")).extracting(e -> e.attr("style")).containsOnly("width: 50%");
        assertThat(row.expectFirst("> figcaption").text()).isEqualTo("Figure 2. The kitchen before and after.");
        assertThat(page.expectFirst("#sec-methods p:contains(See)").html()).isEqualTo("See <a class=\"xref\""
                + " href=\"#fig-rooms\">Figure 1</a>, <a class=\"xref\" href=\"#fig-table\">Figure 1 (b)</a>, <a"
                + " class=\"xref\" href=\"#fig-kitchen\">1 (a)</a> and <a class=\"xref\" href=\"#fig-row\">Figure 2</a>.");
        assertThat(page.expectFirst("#fig-coding-frame figcaption").text()).startsWith("Figure 3.");
        assertThat(built.publication().files()).containsKeys("figures/kitchen.png", "figures/table.png");
        assertThat(TestProjects.diagnostics(built.result())).isEmpty();
    }

    @Test
    void the_pdf_prints_the_subfigures_their_labels_and_the_panels_caption() throws Exception {
        String pdf = TestProjects.pdfText(built.publication().files().get("article.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).containsSubsequence("(a) The kitchen", "(b) The table, vu de la porte", "(c)",
                "Figure 1. The rooms of the house.", "(a) Before", "(b) After", "Figure 2. The kitchen before and after.",
                "See Figure 1, Figure 1 (b), 1 (a) and Figure 2.");
    }

    @Test
    void the_word_document_lays_the_subfigures_out_in_a_table_without_borders() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(built.publication().files().get("article.docx")))) {
            // a table for each row: two subfigures, then the third alone
            XWPFTable rooms = doc.getTables().get(0);
            assertThat(rooms.getNumberOfRows()).isEqualTo(1);
            assertThat(rooms.getRow(0).getTableCells()).hasSize(2);
            assertThat(rooms.getRow(0).getCell(0).getText()).contains("(a) The kitchen");
            assertThat(rooms.getRow(0).getCell(1).getText()).contains("(b) The table, vu de la porte");
            assertThat(doc.getTables().get(1).getRow(0).getTableCells()).singleElement()
                    .satisfies(cell -> assertThat(cell.getText()).contains("(c)"));
            assertThat(rooms.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
            assertThat(rooms.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
            assertThat(rooms.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).getEmbeddedPictures()).hasSize(1);
            assertThat(doc.getTables().get(2).getRow(0).getTableCells()).hasSize(2);
            String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText().replaceAll("\\s+", " ");
            assertThat(all).contains("Figure 1. The rooms of the house.", "See Figure 1, Figure 1 (b), 1 (a) and Figure 2.");
        }
    }

    @Test
    void the_jats_has_a_figure_group_of_figures() throws Exception {
        String jats = built.publication().text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        Document xml = Jsoup.parse(jats, "", Parser.xmlParser());
        Element group = xml.expectFirst("fig-group[id=fig-rooms]");
        assertThat(group.expectFirst("> label").text()).isEqualTo("Figure 1");
        assertThat(group.expectFirst("> caption").text()).isEqualTo("The rooms of the house.");
        assertThat(group.select("> fig > label").eachText()).containsExactly("(a)", "(b)", "(c)");
        assertThat(group.select("> fig").eachAttr("id")).containsExactly("fig-kitchen", "fig-table");
        assertThat(group.select("> fig graphic").eachAttr("xlink:href"))
                .containsExactly("figures/kitchen.png", "figures/table.png", "figures/kitchen.png");
        assertThat(xml.select("xref[ref-type=fig]").eachAttr("rid")).containsExactly("fig-rooms", "fig-table", "fig-kitchen",
                "fig-row");
    }

    @Test
    void a_layout_in_rows_sets_the_columns_a_subfigure_may_be_left_out_and_a_div_of_another_shape_is_a_warning(@TempDir Path other)
            throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), """

                ::: {#fig-three layout-nrow=1 layout-valign="bottom"}
                ![One](figures/kitchen.png)

                ![Two](figures/kitchen.png)

                ![Three](figures/secret.png){audience=reviewers}

                Three in a row.
                :::

                ::: {#fig-loose}
                ![One](figures/kitchen.png)

                ![Two](figures/table.png)
                :::

                ::: {#fig-hidden}
                ![Secret](figures/secret.png){audience=team} ![Also secret](figures/secret.png){audience=team}

                Both for the team alone.
                :::
                """);
        TestProjects.figure(project, "kitchen.png", ImageFilesForTests.pngWithAlpha());
        TestProjects.figure(project, "table.png", ImageFilesForTests.widePng());
        TestProjects.figure(project, "secret.png", ImageFilesForTests.widePng());
        weft.build.BuildResult result = TestProjects.built(project);
        assertThat(TestProjects.diagnostics(result)).containsExactly("NOTE content/methods.md: the PDF does not embed,"
                        + " nor the manifest list, content/methods.md: a figure there is withheld from a build for the"
                        + " audience 'public'",
                "WARNING content/methods.md:9:1: of this fenced div ('::: {#fig-three layout-nrow=1 layout-valign=\"bottom\"}'),"
                        + " Weft does not read layout-valign=\"bottom\": a figure div's label and its layout-ncol or"
                        + " layout-nrow are read, the rest is not",
                "WARNING content/methods.md:19:1: Quarto's figure div ('#fig-loose') is read when it holds one image, alone"
                        + " on its line, then its caption as one paragraph, or images (Quarto's subfigures, at least two) and"
                        + " then their caption; this one is not: its images and text are printed as any other");
        Document page = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        // a subfigure for reviewers alone is left out of a public build, the others labelled anew
        assertThat(page.select("#fig-three figure.subfigure")).extracting(e -> e.attr("style"))
                .containsOnly("width: 50%");
        assertThat(page.select("#fig-three figure.subfigure figcaption").eachText()).containsExactly("(a) One", "(b) Two");
        assertThat(result.publication().orElseThrow().files()).doesNotContainKey("figures/secret.png");
        // a panel whose every subfigure is left out is left out whole, its caption too
        assertThat(page.select("#fig-hidden")).isEmpty();
        assertThat(page.text()).doesNotContain("Both for the team alone");
        // the loose div's images are figures of their own
        assertThat(page.select("#sec-methods figure.prose-figure:not(.figure-panel) figcaption").eachText())
                .containsExactly("Figure 2. One", "Figure 3. Two");
    }

    @Test
    void style_sheets_copied_before_subfigures_are_each_a_warning(@TempDir Path copied) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(copied.resolve("study"), PROSE);
        TestProjects.figure(project, "kitchen.png", ImageFilesForTests.pngWithAlpha());
        TestProjects.figure(project, "table.png", ImageFilesForTests.widePng());
        Files.createDirectories(project.resolve("templates"));
        for (String sheet : List.of("style.css", "print.css")) {
            try (var in = FigurePanelTest.class.getResourceAsStream("/weft/templates/" + sheet)) {
                String css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                Files.writeString(project.resolve("templates/" + sheet), css.replaceAll("(?m)^.*subfigure.*$", ""));
            }
        }
        assertThat(TestProjects.diagnostics(TestProjects.built(project))).containsExactlyInAnyOrder("WARNING templates/style.css: the"
                + " article has subfigures (Quarto's figure panels), and this style sheet has no rule for them (.subfigure):"
                + " they are printed one under the other; the project's style.css is a copy made before Weft set subfigures"
                + " side by side: copy the rules for .subfigures and .subfigure from Weft's style.css",
                "WARNING templates/print.css: the article has subfigures (Quarto's figure panels), and this style sheet has"
                + " no rule for them (.subfigure): they are printed one under the other; the project's print.css is a copy"
                + " made before Weft set subfigures side by side: copy the rules for .subfigures and .subfigure from Weft's"
                + " print.css");
    }

    /**
     * A figure, a numbered table and a panel stand in a callout's box and in a passage in a language of its own as in
     * the text, numbered in order, in every format; a caption may end the box, its fence on the next line.
     */
    @Test
    void a_figure_a_table_and_a_panel_stand_in_a_box_or_a_language_div(@TempDir Path other) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), """

                ::: {#nte-box .callout-note title="A box"}
                ![In a box](figures/kitchen.png){#fig-box}

                | A | B |
                |---|---|
                | 1 | 2 |

                : A boxed table {#tbl-boxed}
                :::

                ::: {lang=fi}
                ::: {#fig-finnish}
                ![Keittiö](figures/kitchen.png){#fig-keittio} ![Pöytä](figures/table.png)

                Huoneet.
                :::
                :::

                See @fig-box, @tbl-boxed, @fig-finnish and @fig-keittio.
                """);
        TestProjects.figure(project, "kitchen.png", ImageFilesForTests.pngWithAlpha());
        TestProjects.figure(project, "table.png", ImageFilesForTests.widePng());
        weft.build.BuildResult result = TestProjects.built(project);
        assertThat(TestProjects.diagnostics(result)).isEmpty();
        var out = result.publication().orElseThrow();
        Document page = Jsoup.parse(out.text("index.html"));
        assertThat(page.select("#nte-box figure#fig-box figcaption").text()).isEqualTo("Figure 1. In a box");
        assertThat(page.select("#nte-box table#tab-boxed caption").text()).isEqualTo("Table 1. A boxed table");
        assertThat(page.select("div[lang=fi] figure#fig-finnish > figcaption").text()).isEqualTo("Figure 2. Huoneet.");
        assertThat(page.select("#sec-methods p:contains(See) a.xref").eachText())
                .containsExactly("Figure 1", "Table 1", "Figure 2", "Figure 2 (a)");
        assertThat(TestProjects.pdfText(out.files().get("article.pdf")).replaceAll("\\s+", " ")).containsSubsequence(
                "Figure 1. In a box", "Table 1. A boxed table", "(a) Keittiö", "Figure 2. Huoneet.",
                "See Figure 1, Table 1, Figure 2 and Figure 2 (a).");
        String jats = out.text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        Document xml = Jsoup.parse(jats, "", Parser.xmlParser());
        assertThat(xml.select("boxed-text fig[id=fig-box] > label").text()).isEqualTo("Figure 1");
        assertThat(xml.select("boxed-text table-wrap[id=tab-boxed] > label").text()).isEqualTo("Table 1");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.files().get("article.docx")))) {
            String words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText().replaceAll("\\s+", " ");
            assertThat(words).contains("Figure 1. In a box", "Table 1. A boxed table", "Figure 2. Huoneet.");
        }
    }

    /**
     * Quarto's layout in rows of relative widths, {@code layout="[[1,-0.5,2],[1]]"}: each subfigure its share of its
     * row, a negative width a space; a layout with another number of places than subfigures a warning, one row then.
     */
    @Test
    void a_layout_of_rows_of_widths_sets_each_subfigures_share_and_its_spaces(@TempDir Path other) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), """

                ::: {#fig-grid layout="[[1,-1,2],[1]]"}
                ![One](figures/kitchen.png)

                ![Two](figures/table.png)

                ![Three](figures/kitchen.png)

                In rows.
                :::

                ::: {#fig-unfit layout="[[1,1,1]]"}
                ![One](figures/kitchen.png) ![Two](figures/table.png)

                Too many places.
                :::
                """);
        TestProjects.figure(project, "kitchen.png", ImageFilesForTests.pngWithAlpha());
        TestProjects.figure(project, "table.png", ImageFilesForTests.widePng());
        weft.build.BuildResult result = TestProjects.built(project);
        assertThat(TestProjects.diagnostics(result)).containsExactly("WARNING content/methods.md:19:1: the layout of this"
                + " figure div ('#fig-unfit') has 3 places for 2 subfigures: they stand in one row; give it one positive"
                + " width for each subfigure (a negative one is a space)");
        var out = result.publication().orElseThrow();
        Document page = Jsoup.parse(out.text("index.html"));
        assertThat(page.select("#fig-grid .subfigures > *")).extracting(e -> e.className() + " " + e.attr("style"))
                .containsExactly("subfigure width: 25%", "subfigure-space width: 25%", "subfigure width: 50%",
                        "subfigure width: 100%");
        assertThat(page.select("#fig-unfit figure.subfigure")).extracting(e -> e.attr("style"))
                .containsOnly("width: 50%");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.files().get("article.docx")))) {
            assertThat(doc.getTables()).extracting(t -> t.getRow(0).getTableCells().size()).startsWith(2, 1, 2);
        }
        String pdf = TestProjects.pdfText(out.files().get("article.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).containsSubsequence("(a) One", "(b) Two", "(c) Three", "Figure 1. In rows.");
    }
}
