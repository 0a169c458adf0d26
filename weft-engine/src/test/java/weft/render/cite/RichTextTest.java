package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostics;

/** The rich text of CSL JSON titles, as Zotero exports it: formatting in the reference list, never markup let in. */
class RichTextTest {

    @Test
    void the_known_tags_in_pairs_become_formatting_and_back() {
        String title = "<i>Solanum</i> <b>bold</b> m<sup>2</sup> CO<sub>2</sub> <span class=\"nocase\">iPhone</span>"
                + " <span style=\"font-variant:small-caps;\">Caps <i>inner</i></span>";
        String marked = RichText.marked(title);
        assertThat(marked).doesNotContain("<", ">", "nocase");
        assertThat(RichText.html(marked)).isEqualTo("<i>Solanum</i> <b>bold</b> m<sup>2</sup> CO<sub>2</sub> iPhone"
                + " <span style=\"font-variant:small-caps;\">Caps <i>inner</i></span>");
        assertThat(RichText.plain(title)).isEqualTo("Solanum bold m2 CO2 iPhone Caps inner");
    }

    @Test
    void other_tags_are_text_and_known_tags_that_do_not_pair_keep_the_title_as_written() {
        assertThat(RichText.html(RichText.marked("A <script>x</script> <i>title</i>"))).isEqualTo("A <script>x</script> <i>title</i>");
        assertThat(RichText.marked("A <script>x</script> <a href=\"https://x.org\">link</a>"))
                .isEqualTo("A <script>x</script> <a href=\"https://x.org\">link</a>"); // text, which the processor escapes
        for (String title : List.of("<i>unclosed", "closed</i> only", "<i>crossed <b>tags</i></b>",
                "<i class=\"x\">attributes</i>", "<span style=\"color:red\">red</span>")) {
            assertThat(RichText.marked(title)).as(title).isEqualTo(title);
            assertThat(RichText.plain(title)).as(title).isEqualTo(title);
        }
        assertThat(RichText.marked("no tags at all")).isEqualTo("no tags at all");
        assertThat(RichText.marked(null)).isNull();
    }

    @Test
    void the_reference_list_prints_a_zotero_title_in_italics_and_other_markup_as_text() {
        String json = "[{\"id\": \"a\", \"type\": \"article-journal\", \"title\": \"Gardens of <i>Solanum lycopersicum</i> in"
                + " <script>alert(1)</script> towns\", \"container-title\": \"Journal of <i>Fictitious</i> Studies\","
                + " \"author\": [{\"family\": \"Ek\", \"given\": \"Li\"}], \"issued\": {\"date-parts\": [[2021]]}}]";
        Diagnostics diagnostics = new Diagnostics();
        Bibliography read = new BibliographyReader().read("refs.json", json, diagnostics).orElseThrow();
        String html = Samples.formatter("vancouver").format(read.cslItems(), List.of(CitationCluster.keys("a")))
                .bibliography().get(0).html();
        Element entry = Jsoup.parseBodyFragment(html).body();
        // the two known pairs are italics; the script tag is text: only it can fail this
        assertThat(entry.select("i").eachText()).containsExactly("Solanum lycopersicum", "Fictitious");
        assertThat(entry.select("script")).isEmpty();
        assertThat(entry.text()).contains("Gardens of Solanum lycopersicum in <script>alert(1)</script> towns");
        // the data keep the title as written: other outputs read it (the JATS writes its own elements)
        assertThat(read.item("a").orElseThrow().data().getTitle()).startsWith("Gardens of <i>Solanum");
    }

    @Test
    void weft_s_private_use_characters_for_the_tags_are_refused_in_a_bibliography() {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(new BibliographyReader().read("refs.json", "[{\"id\": \"a\", \"title\": \"x\uE003y\"}]", diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly("ERROR refs.json:1:25: the private-use"
                + " character U+E003 is reserved by Weft and may not appear in a bibliography");
    }
}
