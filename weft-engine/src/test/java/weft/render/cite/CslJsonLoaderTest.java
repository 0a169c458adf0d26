package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.csl.CSLType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

class CslJsonLoaderTest {

    @Test
    void csl_json_reads_and_formats_like_bibtex() {
        Diagnostics diagnostics = new Diagnostics();
        Bibliography json = new BibliographyReader().read("refs.json", Samples.resource("sample.json"), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(json.items()).extracting(BibItem::key).containsExactly("lowry1951", "knuth1984");
        assertThat(json.item("lowry1951").orElseThrow().data().getType()).isEqualTo(CSLType.ARTICLE_JOURNAL);
        assertThat(json.item("lowry1951").orElseThrow().data().getIssue()).isEqualTo("1");
        assertThat(json.item("lowry1951").orElseThrow().position()).isEqualTo(new SourcePosition("refs.json", 3, 5));
        assertThat(json.item("knuth1984").orElseThrow().status()).isEqualTo(ReferenceStatus.INCOMPLETE);
        assertThat(json.item("knuth1984").orElseThrow().note()).isEqualTo("Pages unknown.");

        List<CitationCluster> doc = List.of(CitationCluster.keys("lowry1951", "knuth1984"));
        for (String style : List.of("vancouver-brackets", "apa")) {
            assertThat(Samples.formatter(style).format(json.cslItems(), doc))
                    .isEqualTo(Samples.formatter(style).format(Samples.sampleBib(), doc));
        }
    }

    @Test
    void broken_json_and_items_without_an_id_are_reported() {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(new BibliographyReader().read("refs.json", "[\n  {\"id\": \"a\", \n", diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().asString().startsWith("ERROR refs.json:3:1: CSL JSON syntax error: ");

        Diagnostics second = new Diagnostics();
        Optional<Bibliography> read = new BibliographyReader().read("refs.json",
                "[{\"type\": \"book\", \"title\": \"T\"}, {\"id\": \"b\", \"type\": \"book\", \"weft-status\": \"maybe\"}]", second);
        assertThat(second.sorted()).extracting(Object::toString).containsExactly(
                "ERROR refs.json: CSL JSON item 1 is not an object with an \"id\" (a string or an integer) or a \"citation-key\"",
                "ERROR refs.json:1:35: reference 'b': weft-status must be verified, incomplete, unverified or unknown, not 'maybe'");
        assertThat(read.orElseThrow().items()).extracting(BibItem::key).containsExactly("b");
    }

    @Test
    void a_very_long_id_is_read_not_a_stack_overflow() {
        String id = "k".repeat(50_000);
        Diagnostics diagnostics = new Diagnostics();
        Bibliography read = new BibliographyReader().read("refs.json", "[{\"id\": \"" + id + "\", \"type\": \"book\"}]",
                diagnostics).orElseThrow();
        assertThat(read.items()).extracting(BibItem::key).containsExactly(id);
        assertThat(read.items().get(0).position()).isEqualTo(new SourcePosition("refs.json", 1, 3));
    }

    @Test
    void zotero_s_citation_key_is_the_key_and_an_integer_id_is_one() {
        // as Zotero 7 exports CSL JSON: the id is the item's address, the citation key beside it (fictitious works)
        String json = """
                [
                  {"id": "http://zotero.org/users/local/Ab3dE/items/QW7ZK2LM", "citation-key": "smith2020",
                   "type": "book", "title": "Kitchens", "author": [{"family": "Smith", "given": "Jane"}],
                   "issued": {"date-parts": [[2020]]}},
                  {"id": 42, "type": "book", "title": "Gardens", "issued": {"date-parts": [[2019]]}}
                ]
                """;
        Diagnostics diagnostics = new Diagnostics();
        Bibliography read = new BibliographyReader().read("refs.json", json, diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(read.items()).extracting(BibItem::key).containsExactly("smith2020", "42");
        assertThat(read.item("smith2020").orElseThrow().data().getId()).isEqualTo("smith2020");
        assertThat(read.item("smith2020").orElseThrow().position()).isEqualTo(new SourcePosition("refs.json", 2, 64));
        assertThat(read.item("42").orElseThrow().position()).isEqualTo(new SourcePosition("refs.json", 5, 4));
        String apa = Samples.formatter("apa").format(read.cslItems(), List.of(CitationCluster.keys("smith2020", "42")))
                .inText().get(0);
        assertThat(org.jsoup.Jsoup.parse(apa).text()).isEqualTo("(Gardens, 2019; Smith, 2020)");
    }
}
