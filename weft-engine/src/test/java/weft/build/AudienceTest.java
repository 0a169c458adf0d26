package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.model.Audience;
import weft.publish.OutputNames;
import weft.support.TestProjects;

/**
 * Builds for an audience: a public build holds nothing of a quote for reviewers or the team in any output byte (pages,
 * search index, site pages, the PDFs' text, streams, metadata and embedded files), and its counts say how many are
 * withheld; a reviewer build holds the reviewers' quotes and not the team's; a team build holds all. The quotes' words
 * are made up for the test, distinctive so that any trace of them is found.
 */
class AudienceTest {

    private static final String REVIEWERS_TEXT = "Quartz umbrella zebra evenings";
    private static final String TEAM_TEXT = "Marmalade xylophone harbour";

    @TempDir
    Path temp;

    private Path study() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Files.writeString(project.resolve("coded-data/quotes/restricted.yaml"), """
                quotes:
                  - id: reviewer-only-quote
                    text: "%s, the reviewers may read this."
                    codes: [dishes]
                    presented: true
                    audience: reviewers
                    source: {recorded: false, note: Made up for the test.}
                  - id: private-team-note
                    text: "%s, only the team may read this."
                    codes: [dishes]
                    presented: false
                    audience: team
                    source: {recorded: false, note: Made up for the test.}
                """.formatted(REVIEWERS_TEXT, TEAM_TEXT));
        return project;
    }

    private static BuildResult build(Path project, Audience audience) {
        BuildResult result = new Weft().render(project, BuildOptions.defaults().audience(audience));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        return result;
    }

    /** Every output of the build as searchable text: each file's bytes, and for a PDF its text and every decoded stream. */
    private static Map<String, String> everyByte(BuildResult result) {
        Map<String, String> texts = new java.util.TreeMap<>();
        Map<String, byte[]> files = new java.util.TreeMap<>(result.publication().orElseThrow().files());
        result.sitePages().orElseThrow().files().forEach((path, bytes) -> files.put("site/" + path, bytes));
        files.forEach((path, bytes) -> {
            texts.put(path, new String(bytes, StandardCharsets.UTF_8));
            if (path.endsWith(".pdf")) {
                texts.put(path + " (text, streams, strings)", pdfContents(bytes));
            }
        });
        return texts;
    }

    private static String pdfContents(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder all = new StringBuilder(new PDFTextStripper().getText(doc));
            Map<COSBase, Boolean> seen = new IdentityHashMap<>();
            for (COSObject object : doc.getDocument().getXrefTable().keySet().stream()
                    .map(key -> doc.getDocument().getObjectFromPool(key)).toList()) {
                collect(object.getObject(), all, seen);
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(COSBase base, StringBuilder all, Map<COSBase, Boolean> seen) throws IOException {
        if (base == null || seen.put(base, true) != null) {
            return;
        }
        if (base instanceof COSStream stream) {
            try (InputStream in = stream.createInputStream()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                all.append('\n').append(out.toString(StandardCharsets.UTF_8)).append('\n')
                        .append(out.toString(StandardCharsets.UTF_16BE));
            } catch (IOException e) {
                all.append("\n(undecodable stream)");
            }
        }
        if (base instanceof COSString s) {
            all.append('\n').append(s.getString());
        } else if (base instanceof COSDictionary dict) {
            for (COSBase value : dict.getValues()) {
                collect(value instanceof COSObject o ? o.getObject() : value, all, seen);
            }
        } else if (base instanceof COSArray array) {
            for (COSBase value : array) {
                collect(value instanceof COSObject o ? o.getObject() : value, all, seen);
            }
        }
    }

    private static List<String> holding(Map<String, String> outputs, String... needles) {
        List<String> found = new ArrayList<>();
        outputs.forEach((path, text) -> {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String needle : needles) {
                if (lower.contains(needle.toLowerCase(Locale.ROOT))) {
                    found.add(path + ": " + needle);
                }
            }
        });
        return found;
    }

    @Test
    void a_public_build_holds_nothing_of_the_withheld_quotes_in_any_output_byte() throws IOException {
        BuildResult result = build(study(), Audience.PUBLIC);
        Map<String, String> outputs = everyByte(result);
        assertThat(outputs).containsKeys(OutputNames.PDF, OutputNames.PDF + " (text, streams, strings)", OutputNames.SEARCH_INDEX);
        // the searcher finds what is there: a public quote's words, in the PDF's text and in the embedded quote file
        assertThat(holding(outputs, "Same table, same people")).contains(OutputNames.PDF + " (text, streams, strings): Same table, same people");
        assertThat(holding(outputs, "Quartz umbrella", "zebra evenings", "Marmalade", "xylophone", "reviewer-only-quote",
                "private-team-note", "restricted.yaml")).isEmpty();
        assertThat(TestProjects.diagnostics(result)).containsExactly("NOTE coded-data/quotes: a build for the audience 'public':"
                + " 4 quotes published, 2 withheld for privacy (left out of every output; the counts include them; the PDF does"
                + " not embed coded-data/quotes/restricted.yaml)");
        var site = result.publication().orElseThrow();
        assertThat(Jsoup.parse(site.text("evidence/nodes/dishes.html")).select(".counts").text()).isEqualTo("3 quotes (2 withheld for privacy)");
        assertThat(Jsoup.parse(site.text(OutputNames.ARTICLE)).select(".build-note").text())
                .isEqualTo("Public build: 2 quotes are withheld for privacy; the counts include them.");
        assertThat(Jsoup.parse(site.text(OutputNames.EVIDENCE)).select(".build-note").text()).startsWith("Public build: 2 quotes");
    }

    @Test
    void a_reviewer_build_holds_the_reviewers_quotes_and_not_the_teams() throws IOException {
        BuildResult result = build(study(), Audience.REVIEWERS);
        Map<String, String> outputs = everyByte(result);
        assertThat(holding(outputs, "Quartz umbrella zebra evenings")).contains(OutputNames.ARTICLE + ": Quartz umbrella zebra evenings",
                "evidence/quotes/reviewer-only-quote.html: Quartz umbrella zebra evenings");
        assertThat(holding(outputs, "Marmalade", "xylophone", "private-team-note", "restricted.yaml")).isEmpty();
        assertThat(Jsoup.parse(result.publication().orElseThrow().text(OutputNames.ARTICLE)).select(".build-note").text())
                .isEqualTo("Reviewer build: it holds evidence for the journal's reviewers only. Do not publish or share it.");
    }

    @Test
    void a_team_build_holds_every_quote_and_embeds_every_quote_file() throws IOException {
        BuildResult result = build(study(), Audience.TEAM);
        Map<String, String> outputs = everyByte(result);
        assertThat(holding(outputs, "Marmalade xylophone harbour")).contains("evidence/quotes/private-team-note.html: Marmalade xylophone harbour",
                OutputNames.PDF + " (text, streams, strings): Marmalade xylophone harbour");
        assertThat(Jsoup.parse(result.publication().orElseThrow().text("evidence/nodes/dishes.html")).select(".counts").text())
                .isEqualTo("3 quotes");
    }

    @Test
    void prose_that_presents_a_withheld_quote_fails_the_public_build_at_the_directive() throws IOException {
        Path project = study();
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{{count:quotes}} quotes.",
                "{{count:quotes}} quotes. {{quote:reviewer-only-quote}}");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).anyMatch(d -> d.startsWith("ERROR content/methods.md:7:")
                && d.contains("quote 'reviewer-only-quote' is withheld from this build for privacy"));
        assertThat(new Weft().render(project, BuildOptions.defaults().audience(Audience.REVIEWERS)).succeeded()).isTrue();
        // the count of quotes is the analysis's, whoever the build is for
        assertThat(Jsoup.parse(build(study(), Audience.PUBLIC).publication().orElseThrow().text(OutputNames.ARTICLE))
                .selectFirst("#sec-methods").text()).contains("6 quotes.");
    }
}
