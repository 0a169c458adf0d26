package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.Citation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins the citeproc-java 3.4.0 behaviour that Weft works around: if one of these fails, re-check the workaround. */
class CiteprocQuirksTest {

    private static CSL raw(String style, Map<String, CSLItemData> items, LocaleProvider locales) throws IOException {
        CSL csl = new CSL(new ListItemDataProvider(items.values().toArray(new CSLItemData[0])), locales, null,
                CslStyle.load(style).orElseThrow().xml(), "en-US");
        csl.setOutputFormat("html");
        return csl;
    }

    @Test
    void citations_are_not_collapsed() throws IOException {
        CSL csl = raw("vancouver-brackets", Samples.syntheticItems(3), new BlankTermLocaleProvider());
        assertThat(csl.makeCitation("ref01", "ref02", "ref03").get(0).getText()).isEqualTo("[1,2,3]");
    }

    @Test
    void a_blank_author_term_leaks_the_label_prefix() throws IOException {
        Map<String, CSLItemData> items = Samples.sampleBib();
        CSL plain = raw("vancouver-brackets", items, new DefaultLocaleProvider());
        plain.makeCitation("knuth1984");
        assertThat(plain.makeBibliography().getEntries()[0]).contains("Knuth DE, . The TeXbook");
        CSL fixed = raw("vancouver-brackets", items, new BlankTermLocaleProvider());
        fixed.makeCitation("knuth1984");
        assertThat(fixed.makeBibliography().getEntries()[0]).contains("Knuth DE. The TeXbook");
    }

    @Test
    void the_html_bibliography_has_no_entry_ids_but_follows_the_registered_items() throws IOException {
        CSL csl = raw("apa", Samples.sampleBib(), new BlankTermLocaleProvider());
        csl.makeCitation("knuth1984", "lowry1951");
        Bibliography b = csl.makeBibliography();
        assertThat(b.getEntryIds()).isNull();
        assertThat(csl.getRegisteredItems()).extracting(CSLItemData::getId).containsExactly("knuth1984", "lowry1951");
        assertThat(b.getEntries()[0]).contains("Knuth");
    }

    @Test
    void citation_indices_drift_without_registering_the_items_first() throws IOException {
        // APA sorts the bibliography, so a new item renumbers others; makeCitation then re-renders earlier
        // citations and leaves out those whose text did not change: indices stop matching the calls
        CSL csl = raw("apa", Samples.syntheticItems(10), new BlankTermLocaleProvider());
        List<Integer> indices = new ArrayList<>();
        for (int i = 10; i >= 1; i--) {
            List<Citation> made = csl.makeCitation(Samples.key(i));
            indices.add(made.get(made.size() - 1).getIndex());
        }
        assertThat(indices).isNotEqualTo(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void ordinal_numbers_are_not_implemented() throws IOException {
        // NLM asks for "2nd ed."; citeproc-java prints "2 ed." (the default study's Hofstede entry shows it)
        CSL csl = raw("vancouver-brackets", Samples.items(Samples.bibtex("@book{b, title={T}, edition={2}, year={2005}}")),
                new BlankTermLocaleProvider());
        csl.makeCitation("b");
        assertThat(csl.makeBibliography().getEntries()[0]).contains("T. 2 ed. 2005.");
    }

    @Test
    void suppress_author_and_author_only_are_ignored() throws IOException {
        // [-@key] and @key: Weft makes both itself (AuthorForms), and gives "(1984, chap. 3)" and "Knuth (1984)"
        CSL csl = raw("apa", Samples.sampleBib(), new BlankTermLocaleProvider());
        String suppressed = csl.makeCitation(new de.undercouch.citeproc.csl.CSLCitation(
                new de.undercouch.citeproc.csl.CSLCitationItemBuilder("knuth1984").suppressAuthor(true).build())).get(0).getText();
        String authorOnly = csl.makeCitation(new de.undercouch.citeproc.csl.CSLCitation(
                new de.undercouch.citeproc.csl.CSLCitationItemBuilder("knuth1984").authorOnly(true).build())).get(0).getText();
        assertThat(suppressed).isEqualTo("(Knuth, 1984)");
        assertThat(authorOnly).isEqualTo("(Knuth, 1984)");
        FormattedCitations f = Samples.formatter("apa").format(Samples.sampleBib(),
                List.of(CitationCluster.of(new CiteRef("knuth1984", "ch. 3", "", true)),
                        CitationCluster.authorInText(CiteRef.of("knuth1984"))));
        assertThat(f.inText()).containsExactly("(<a href=\"#ref-knuth1984\">1984, chap. 3</a>)",
                "<a href=\"#ref-knuth1984\">Knuth</a>" + FormattedCitations.AFTER_AUTHOR + " (<a href=\"#ref-knuth1984\">1984</a>)");
    }

    @Test
    void a_bare_language_is_not_a_locale() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new DefaultLocaleProvider().retrieveLocale("en")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
