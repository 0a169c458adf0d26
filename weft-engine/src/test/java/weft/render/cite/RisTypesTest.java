package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.List;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostics;

/**
 * RIS tags whose meaning depends on the entry's type, as Zotero and EndNote write them: a thesis's type of work
 * ({@code M3}), a report's number ({@code SN}) and series ({@code T2}), a journal article's ISSN ({@code SN}).
 * citeproc-java's converter left the first out, printed a report's number as nothing (an ISBN) and its series as the
 * journal it was "in", and gave a journal's ISSN as the article's ISBN. All works are fictitious.
 */
class RisTypesTest {

    private static final String RIS = """
            TY  - THES
            AU  - Tee, Tom
            TI  - A thesis on meals
            PB  - University of Examples
            M3  - Doctoral dissertation
            PY  - 2017
            ER  -\s

            TY  - RPRT
            AU  - Org, Health
            TI  - A report on kitchens
            PB  - Health Org
            CY  - Geneva
            M3  - Technical report
            SN  - 77
            T2  - Kitchen reports
            PY  - 2015
            ER  -\s

            TY  - JOUR
            AU  - Smith, Jane
            TI  - Shared kitchens
            T2  - Journal of Fictitious Housing Studies
            SN  - 1234-5678
            PY  - 2020
            VL  - 12
            ER  -\s
            """;

    @Test
    void a_thesis_a_report_and_an_article_print_what_zotero_wrote() {
        Diagnostics diagnostics = new Diagnostics();
        Bibliography read = new BibliographyReader().read("refs.ris", RIS, diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        List<String> references = Samples.formatter("vancouver").format(read.cslItems(), List.of(CitationCluster.keys(
                "tee2017", "org2015", "smith2020"))).bibliography().stream().map(e -> org.jsoup.Jsoup.parse(e.html()).text()).toList();
        assertThat(references).containsExactly(
                "1. Tee T. A thesis on meals [Doctoral dissertation]. University of Examples; 2017.",
                "2. Org H. A report on kitchens. Geneva: Health Org; 2015. (Kitchen reports). Report No.: 77.",
                "3. Smith J. Shared kitchens. Journal of Fictitious Housing Studies. 2020;12.");
        CSLItemData report = read.item("org2015").orElseThrow().data();
        assertThat(report.getGenre()).isEqualTo("Technical report");
        assertThat(report.getISBN()).isNull();
        CSLItemData article = read.item("smith2020").orElseThrow().data();
        assertThat(article.getISSN()).isEqualTo("1234-5678");
        assertThat(article.getISBN()).isNull();
    }

    @Test
    void a_name_without_a_comma_is_an_organisation_as_zotero_reads_it() {
        Diagnostics diagnostics = new Diagnostics();
        Bibliography read = new BibliographyReader().read("refs.ris", """
                TY  - BOOK
                ID  - who2020
                AU  - World Health Organization
                AU  - Smith, Jane
                A2  - Ministry of Examples
                TI  - Guidelines
                PY  - 2020
                ER  -\s
                """, diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        CSLItemData who = read.item("who2020").orElseThrow().data();
        assertThat(who.getAuthor()).extracting(n -> n.getLiteral() + "|" + n.getFamily())
                .containsExactly("World Health Organization|null", "null|Smith");
        assertThat(org.jsoup.Jsoup.parse(Samples.formatter("vancouver").format(read.cslItems(),
                List.of(CitationCluster.keys("who2020"))).bibliography().get(0).html()).text())
                .startsWith("1. World Health Organization, Smith J. Guidelines.");

        // without an ID, the key Weft makes is the organisation's whole name, not the converter's "family" name
        Bibliography keyed = new BibliographyReader().read("refs.ris", """
                TY  - RPRT
                AU  - World Health Organization
                TI  - Guidelines
                PY  - 2020
                ER  -\s
                """, new Diagnostics()).orElseThrow();
        assertThat(keyed.items()).extracting(BibItem::key).containsExactly("world-health-organization2020");
    }
}
