package weft.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.diagnostics.Diagnostics;
import weft.model.FrameIndex;
import weft.model.Study;
import weft.publish.OutputFiles;
import weft.read.ProjectFiles;
import weft.read.SchemaChecker;
import weft.read.StudyReader;
import weft.support.TestProjects;

/**
 * The agreement between coders: DKPro's measures against Krippendorff's published worked example, and a coding of
 * the mini study by two coders whose figures are worked out by hand below, through the prose's directives and the
 * evidence site's table.
 */
class AgreementTest {

    @TempDir
    Path temp;

    /**
     * Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the nominal example with missing data:
     * 4 observers, 12 units; alpha = 0.743.
     */
    @Test
    void krippendorffs_worked_example_gives_his_alpha() {
        String[][] byObserver = {
            {"1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null},
            {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"},
            {null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null},
            {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null}};
        List<String[]> units = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            String[] unit = new String[4];
            for (int o = 0; o < 4; o++) {
                unit[o] = byObserver[o][u];
            }
            units.add(unit);
        }
        Measures m = NominalAgreement.of(units, 4);
        assertThat(m.alpha().getAsDouble()).isCloseTo(0.743, within(0.0005));
        assertThat(m.units()).isEqualTo(11); // unit 12 has one value: no pair to compare
        assertThat(m.complete()).isEqualTo(8); // units 2 to 9
        assertThat(m.cohen()).isEmpty(); // four coders
    }

    /** Two coders of the mini study's four quotes, one source (its quote file): see the class comment. */
    private static final String CODINGS = """
            quotes:
              - id: we-cook
                text: We cook on Sundays & everyone brings <something>
                codes: [cooking-together]
                presented: true
                source: {recorded: false, note: Not reported.}
                qda: {codings: [{code: cooking-together, coder: ana}, {code: cooking-together, coder: ben}]}
              - id: long-evenings
                text: The evenings at the table are long and good.
                codes: [cooking-together]
                presented: true
                source: {recorded: false, note: Not reported.}
                qda: {codings: [{code: cooking-together, coder: ana}, {code: eating-together, coder: ben}]}
              - id: same-table
                text: Same table, same people, every night.
                codes: [eating-together]
                presented: true
                source: {recorded: false, note: Not reported.}
                qda: {codings: [{code: eating-together, coder: ana}, {code: eating-together, coder: ben}]}
              - id: sink-full
                text: The sink is always full.
                codes: [dishes, friction]
                presented: false
                source: {recorded: false, note: Not reported.}
                qda: {codings: [{code: dishes, coder: ana}, {code: friction, coder: ana}, {code: dishes, coder: ben}]}
            """;

    private Path codedStudy(String prose) {
        return codedStudy(temp.resolve("study"), prose);
    }

    /** A copy of the mini study at {@code target} with the codings above and {@code prose} after the methods' text. */
    static Path codedStudy(Path target, String prose) {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), target);
        try {
            Files.writeString(project.resolve("coded-data/quotes/quotes.yaml"), CODINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{{count:quotes}} quotes.", "{{count:quotes}} quotes. " + prose);
        return project;
    }

    /*
     * By hand. Overall, each coder's value is the set of nodes: ana {cooking}, {cooking}, {eating}, {dishes, friction};
     * ben {cooking}, {eating}, {eating}, {dishes}. Agreement on 2 of 4: 50%. Cohen: Pe = 2/4*1/4 + 1/4*2/4 = 0.25,
     * kappa = (0.5 - 0.25) / 0.75 = 0.33. Per node cooking-together: ana yes yes no no, ben yes no no no: Po = 0.75,
     * Pe = .5*.25 + .5*.75 = 0.5, Cohen 0.50; Fleiss: p(yes) = 3/8, Pe = (9 + 25) / 64, kappa = (0.75 - 0.53125) /
     * 0.46875 = 0.47; alpha: Do = 2/8, De = 2*3*5 / (8*7), alpha = 1 - 0.25 / 0.5357 = 0.533. Node friction: only ana
     * coded it: Po = 0.75, Pe = 0.75, Cohen 0.00; Fleiss: Pe = (1 + 49) / 64, kappa = -0.14. Node dishes: both, on the
     * same quote: 1.00. Overall alpha: values C C E DF / C E E D, Do = 4/8, De = (64 - (9 + 9 + 1 + 1)) / 56, alpha =
     * 1 - 0.5 / 0.7857 = 0.36; Fleiss: Pe = 20/64, kappa = (0.5 - 0.3125) / 0.6875 = 0.27. In the table, nodes below
     * the article's numbered headings are unnumbered, as in the article.
     */
    @Test
    void the_prose_prints_the_measures_worked_out_by_hand() {
        Path project = codedStudy("Coders: {{agreement:coders|words}}; {{agreement:units}} quotes; "
                + "percent {{agreement:percent}}; Cohen {{agreement:cohen}}; cooking: Cohen {{agreement:cohen:cooking-together}},"
                + " Fleiss {{agreement:fleiss:cooking-together}}, alpha {{agreement:alpha:cooking-together|3}};"
                + " friction {{agreement:cohen:friction}}; dishes {{agreement:cohen:dishes}}.");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        OutputFiles site = TestProjects.publication(project);
        String methods = Jsoup.parse(site.text("index.html")).selectFirst("#sec-methods").text();
        assertThat(methods).contains("Coders: two; 4 quotes; percent 50.0%; Cohen 0.33; cooking: Cohen 0.50, Fleiss 0.47,"
                + " alpha 0.533; friction 0.00; dishes 1.00.");
    }

    @Test
    void the_evidence_site_tables_the_measures_per_node_and_links_each_node() {
        Path project = codedStudy("");
        OutputFiles site = TestProjects.publication(project);
        Document page = Jsoup.parse(site.text("evidence/agreement.html"));
        assertThat(page.select("h1").text()).isEqualTo("Agreement between coders");
        assertThat(page.select("thead th").eachText()).containsExactly("Category", "Quotes judged", "Percent agreement",
                "Cohen's κ", "Fleiss' κ", "Krippendorff's α");
        assertThat(page.select("tbody tr").eachText()).containsExactly(
                "All categories 4 50.0% 0.33 0.27 0.36",
                "Cooking together 4 75.0% 0.50 0.47 0.53",
                "Eating together 4 75.0% 0.50 0.47 0.53",
                "3.2 Friction over food 4 75.0% 0.00 -0.14 0.00",
                "Unwashed dishes 4 100.0% 1.00 1.00 1.00");
        assertThat(page.select("tbody tr a").eachAttr("href")).containsExactly("nodes/cooking-together.html",
                "nodes/eating-together.html", "nodes/friction.html", "nodes/dishes.html");
        Document overview = Jsoup.parse(site.text("evidence/index.html"));
        assertThat(overview.select(".agreement-summary a").attr("href")).isEqualTo("agreement.html");
        assertThat(overview.select(".agreement-summary").text()).contains("2 coders; Krippendorff's α overall: 0.36.");
    }

    /** The evidence as one PDF (presentation.evidencePdf) tables the same measures, for reviewers who read only files. */
    @Test
    void the_evidence_pdf_tables_the_same_measures() throws Exception {
        Path project = codedStudy("");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  evidencePdf: true\n");
        byte[] pdf = TestProjects.publication(project).files().get("evidence.pdf");
        String text = TestProjects.pdfText(pdf).replaceAll("\\s+", " ");
        String agreement = text.substring(text.indexOf("Agreement between coders"));
        assertThat(agreement).contains("Coders: ana, ben", "All categories 4 50.0% 0.33 0.27 0.36",
                "Cooking together 4 75.0% 0.50 0.47 0.53", "3.2 Friction over food 4 75.0% 0.00 -0.14 0.00",
                "Unwashed dishes 4 100.0% 1.00 1.00 1.00");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            List<String> outline = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(i -> outline.add(i.getTitle()));
            assertThat(outline).last().isEqualTo("Agreement between coders");
        }
    }

    @Test
    void a_second_coder_who_coded_another_source_leaves_these_quotes_missing_not_disagreed() {
        Path project = codedStudy("{{agreement:units}} and {{agreement:complete}} of {{agreement:units:dishes}}.");
        // ben's codings of the first two quotes move to a source file he alone coded: ana never judged those quotes
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "qda: {codings: [{code: cooking-together, coder: ana}, {code: cooking-together, coder: ben}]}",
                "qda: {codings: [{code: cooking-together, coder: ben}]}");
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "source: {recorded: false, note: Not reported.}\n    qda: {codings: [{code: cooking-together, coder: ben}]}",
                "source: {recorded: true, file: other.txt}\n    qda: {codings: [{code: cooking-together, coder: ben}]}");
        Diagnostics diagnostics = new Diagnostics();
        Study study = new StudyReader(new SchemaChecker()).read(new ProjectFiles(project, BuildOptions.defaults().maxFileBytes()),
                diagnostics).orElseThrow(() -> new AssertionError(diagnostics.sorted()));
        AgreementReport report = CoderAgreement.of(study, new FrameIndex(study.frame(), study.quotes()));
        assertThat(report.coders()).containsExactly("ana", "ben");
        assertThat(report.overall().units()).isEqualTo(3);    // we-cook has ben's value only
        assertThat(report.overall().complete()).isEqualTo(3);
        assertThat(report.node("cooking-together").orElseThrow().measures().units()).isEqualTo(3);
    }

    @Test
    void agreement_directives_without_two_coders_or_with_a_wrong_name_are_errors_at_the_directive() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("plain"));
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{{count:quotes}} quotes.",
                "{{count:quotes}} quotes. {{agreement:alpha}} {{agreement:kappa}} {{agreement:alpha|7}} {{agreement:alpha:nowhere}}");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).containsExactly(
                "ERROR content/methods.md:7:271: no agreement to print: the quotes' codings (qda.codings) name no coder;"
                        + " two or more are needed",
                "ERROR content/methods.md:7:291: unknown agreement 'kappa' (known: percent, cohen, fleiss, alpha, coders,"
                        + " units, complete, each optionally :NODE)",
                "ERROR content/methods.md:7:311: unknown option '7' in {{agreement:alpha|7}} (allowed: the number of"
                        + " decimals, 0 to 4)",
                "ERROR content/methods.md:7:333: unknown node 'nowhere' in agreement 'alpha:nowhere'");
    }

    @Test
    void cohens_kappa_of_three_coders_is_an_error_that_names_the_alternatives() {
        Path project = codedStudy("{{agreement:cohen}}");
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "{code: dishes, coder: ben}]}",
                "{code: dishes, coder: ben}, {code: dishes, coder: cai}]}");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(TestProjects.diagnostics(result)).singleElement().asString()
                .endsWith("Cohen's kappa is for two coders; the codings name 3 (use fleiss or alpha)");
    }
}
