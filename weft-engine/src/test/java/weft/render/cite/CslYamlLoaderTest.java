package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * CSL YAML, Pandoc's bibliography format beside CSL JSON, as Pandoc and Zotero's Better BibTeX write it: the works
 * of {@code sample.json} as Pandoc writes them give the same citations and references; Markdown in the fields, dates
 * as EDTF or as pandoc-citeproc wrote them, names and identifiers as Pandoc writes them; errors at their lines. The
 * works here but for sample.yaml's are FICTITIOUS (10.5555 is a prefix for examples).
 */
class CslYamlLoaderTest {

    private static Bibliography read(String yaml, Diagnostics diagnostics) {
        return new BibliographyReader().read("refs.yaml", yaml, diagnostics).orElseThrow();
    }

    private static CSLItemData only(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        Bibliography read = read(yaml, diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(read.items()).hasSize(1);
        return read.items().get(0).data();
    }

    @Test
    void the_works_as_pandoc_writes_them_give_the_citations_and_references_of_their_csl_json() {
        Diagnostics diagnostics = new Diagnostics();
        Bibliography yaml = read(Samples.resource("sample.yaml"), diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(yaml.items()).extracting(BibItem::key).containsExactly("lowry1951", "knuth1984");
        assertThat(yaml.item("lowry1951").orElseThrow().position()).isEqualTo(new SourcePosition("refs.yaml", 16, 7));
        assertThat(yaml.item("knuth1984").orElseThrow().status()).isEqualTo(ReferenceStatus.INCOMPLETE);
        assertThat(yaml.item("knuth1984").orElseThrow().note()).isEqualTo("Pages unknown.");

        List<CitationCluster> doc = List.of(CitationCluster.keys("lowry1951", "knuth1984"));
        Bibliography json = new BibliographyReader().read("refs.json", Samples.resource("sample.json"), new Diagnostics()).orElseThrow();
        for (String style : List.of("vancouver-brackets", "apa")) {
            assertThat(Samples.formatter(style).format(yaml.cslItems(), doc))
                    .isEqualTo(Samples.formatter(style).format(json.cslItems(), doc));
        }
        // a bare list of works, without Pandoc's document around it, is read alike
        String bare = Samples.resource("sample.yaml").replaceAll("(?m)^(---|nocite:.*|references:)$", "");
        assertThat(Samples.formatter("apa").format(read(bare, new Diagnostics()).cslItems(), doc))
                .isEqualTo(Samples.formatter("apa").format(json.cslItems(), doc));
    }

    @Test
    void markdown_in_a_title_is_its_formatting_and_elsewhere_its_text() {
        // as pandoc 2.17 writes a BibLaTeX entry with \emph, \textsubscript, \textbf, \textsc and {DNA}
        CSLItemData work = only("""
                ---
                references:
                - id: ek2022
                  type: article-journal
                  title: "Gardens of *Solanum lycopersicum*: CO~2~, m^2^, **bold** and [nasa]{.smallcaps} on [DNA]{.nocase}"
                  container-title: Journal of _Fictitious_ Studies
                  publisher: Smith \\& Sons <i>Ltd</i>
                  note: "p < 0.05 & `code` [a link](https://example.org) [@smith2020] [x][y] [z][]"
                  original-title: '[Review of *Kitchens*] \\[sic\\]'
                  doi: 10.5555/x_y*z
                  url: https://example.org/a_b_c
                ---
                """);
        assertThat(work.getTitle()).isEqualTo("Gardens of <i>Solanum lycopersicum</i>: CO<sub>2</sub>, m<sup>2</sup>,"
                + " <b>bold</b> and <span style=\"font-variant:small-caps;\">nasa</span> on <span class=\"nocase\">DNA</span>");
        assertThat(work.getContainerTitle()).isEqualTo("Journal of <i>Fictitious</i> Studies");
        assertThat(work.getPublisher()).isEqualTo("Smith & Sons Ltd");
        assertThat(work.getNote()).isEqualTo("p < 0.05 & code a link [@smith2020] [x][y] [z][]");
        assertThat(work.getOriginalTitle()).isEqualTo("[Review of Kitchens] [sic]");
        // a field is a line of words, never a list, a heading or a quotation
        for (String title : List.of("1. Introduction", "- a dash", "# 1 in *Europe*", "> A quotation")) {
            assertThat(MarkdownFields.richText(title)).isEqualTo(title.replace("*Europe*", "<i>Europe</i>"));
        }
        assertThat(work.getDOI()).isEqualTo("10.5555/x_y*z");
        assertThat(work.getURL()).isEqualTo("https://example.org/a_b_c");

        // printed as formatting, and a tag that is not a title's formatting as text
        CSLItemData hostile = only("""
                - id: x
                  type: book
                  title: "A *kitchen* <script>alert(1)</script>"
                  issued: 2020
                """);
        String reference = Samples.formatter("apa").format(Map.of("x", hostile),
                List.of(CitationCluster.keys("x"))).bibliography().get(0).html();
        assertThat(reference).contains("A <i>kitchen</i> &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void dates_as_edtf_as_csl_json_and_as_pandoc_citeproc_wrote_them() {
        String yaml = """
                - {id: day, type: book, issued: 2022-03-15}
                - {id: month, type: book, issued: 2020-03}
                - {id: year, type: book, issued: 2019}
                - {id: range, type: book, issued: 2019/2020}
                - {id: circa, type: book, issued: 1850~}
                - {id: season, type: book, issued: 2021-22}
                - {id: open, type: book, issued: 2019/..}
                - {id: parts, type: book, issued: {date-parts: [[2012, 3]]}, accessed: {date-parts: [['2024', '5', '1']]}}
                - {id: legacy, type: book, issued: [{year: 2006, month: 7}]}
                - {id: legacy-range, type: book, issued: [{year: 2006}, {year: 2008}]}
                - {id: legacy-one, type: book, issued: {year: '2001', day: 3}}
                - {id: bad, type: book, issued: n.d.}
                """;
        Diagnostics diagnostics = new Diagnostics();
        Map<String, CSLItemData> items = Samples.items(read(yaml, diagnostics).items());
        assertThat(parts(items.get("day").getIssued())).isEqualTo("[[2022, 3, 15]]");
        assertThat(parts(items.get("month").getIssued())).isEqualTo("[[2020, 3]]");
        assertThat(parts(items.get("year").getIssued())).isEqualTo("[[2019]]");
        assertThat(parts(items.get("range").getIssued())).isEqualTo("[[2019], [2020]]");
        assertThat(parts(items.get("circa").getIssued())).isEqualTo("[[1850]]");
        assertThat(items.get("circa").getIssued().getCirca()).isTrue();
        assertThat(parts(items.get("season").getIssued())).isEqualTo("[[2021]]");
        assertThat(items.get("season").getIssued().getSeason()).isEqualTo("2");
        assertThat(parts(items.get("open").getIssued())).isEqualTo("[[2019]]");
        assertThat(parts(items.get("parts").getIssued())).isEqualTo("[[2012, 3]]");
        assertThat(parts(items.get("parts").getAccessed())).isEqualTo("[[2024, 5, 1]]");
        assertThat(parts(items.get("legacy").getIssued())).isEqualTo("[[2006, 7]]");
        assertThat(parts(items.get("legacy-range").getIssued())).isEqualTo("[[2006], [2008]]");
        assertThat(parts(items.get("legacy-one").getIssued())).isEqualTo("[[2001]]");
        assertThat(items.get("bad").getIssued().getLiteral()).isEqualTo("n.d.");
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly("WARNING refs.yaml:12:33: 'n.d.' is"
                + " not a date as CSL YAML writes one (2020, 2020-03, 2020-03-15, a range 2019/2020, approximate 2020~):"
                + " printed as written, neither sorted nor formatted by the style");
    }

    private static String parts(CSLDate date) {
        return Arrays.deepToString(date.getDateParts());
    }

    @Test
    void names_numbers_and_keys_as_written() {
        CSLItemData work = only("""
                - id: 2020
                  type: book
                  author:
                  - family: Doe
                    given: [John, F.]
                  - literal: World Health Organization
                  - Médecins Sans Frontières
                  editor: {family: Roe, given: Ann}
                  volume: 007
                  edition: 2
                """);
        assertThat(work.getId()).isEqualTo("2020");
        CSLName[] authors = work.getAuthor();
        assertThat(authors).hasSize(3);
        assertThat(authors[0].getGiven()).isEqualTo("John F.");
        assertThat(authors[1].getLiteral()).isEqualTo("World Health Organization");
        assertThat(authors[2].getLiteral()).isEqualTo("Médecins Sans Frontières");
        assertThat(work.getEditor()).singleElement().extracting(CSLName::getFamily).isEqualTo("Roe");
        assertThat(work.getVolume()).isEqualTo("007");
        assertThat(work.getEdition()).isEqualTo("2");

        assertThat(only("- {id: http://zotero.org/items/AB, citation-key: smith2020, type: book}").getId()).isEqualTo("smith2020");
    }

    @Test
    void what_cannot_be_read_is_reported_at_its_line() {
        Diagnostics syntax = new Diagnostics();
        assertThat(new BibliographyReader().read("refs.yaml", "references:\n- id: a\n  title: [unclosed\n", syntax)).isEmpty();
        assertThat(syntax.sorted()).singleElement().asString().startsWith("ERROR refs.yaml:4:1: YAML syntax error:");

        Diagnostics notAList = new Diagnostics();
        assertThat(new BibliographyReader().read("refs.yaml", "---\ntitle: My paper\nbibliography: refs.bib\n---\n", notAList))
                .isEmpty();
        assertThat(notAList.sorted()).extracting(Object::toString).containsExactly("ERROR refs.yaml:2:1: a CSL YAML"
                + " bibliography is a list of works, or a mapping whose 'references' is one, as Pandoc writes it"
                + " (references:, then - id: smith2020 …)");

        Diagnostics works = new Diagnostics();
        Bibliography read = read("""
                references:
                - type: book
                  title: No key
                - id: b
                  type: book
                  weft-status: maybe
                - id: B
                  type: book
                - just text
                """, works);
        assertThat(read.items()).extracting(BibItem::key).containsExactly("b", "B");
        assertThat(works.sorted()).extracting(Object::toString).containsExactly(
                "ERROR refs.yaml:2:3: work 1 of the list is not a mapping with an 'id' or a 'citation-key'",
                "ERROR refs.yaml:4:7: reference 'b': weft-status must be verified, incomplete, unverified or unknown, not 'maybe'",
                "ERROR refs.yaml:9:3: work 4 of the list is not a mapping with an 'id' or a 'citation-key'");

        Diagnostics twice = new Diagnostics();
        read("- {id: a, type: book}\n- {id: a, type: book}\n", twice);
        assertThat(twice.sorted()).extracting(Object::toString)
                .containsExactly("ERROR refs.yaml:2:8: duplicate reference key 'a' (first defined at refs.yaml:1:8)");
    }
}
