package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CitationFormatterTest {

    private static Map<String, CSLItemData> items;

    @BeforeAll
    static void load() {
        items = new LinkedHashMap<>(Samples.syntheticItems(40)); // ref01..ref40
        items.putAll(Samples.sampleBib());
    }

    /** A document: ref01..ref04 cited one by one, then [ref05, ref06], ref07..ref29, [ref30, ref31, ref32], ... */
    static List<CitationCluster> document() {
        List<CitationCluster> doc = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            doc.add(CitationCluster.keys(Samples.key(i)));
        }
        doc.add(CitationCluster.keys("ref05", "ref06"));                                     // index 4
        for (int i = 7; i <= 29; i++) {
            doc.add(CitationCluster.keys(Samples.key(i)));
        }
        doc.add(CitationCluster.keys("ref30", "ref31", "ref32"));                            // index 28
        doc.add(CitationCluster.of(CiteRef.of("ref02", "p. 12"), CiteRef.of("lowry1951"))); // index 29
        doc.add(CitationCluster.keys("ref31", "ref30", "ref32", "ref34", "ref33", "ref01")); // index 30
        doc.add(CitationCluster.keys("ref06", "ref05"));                                     // index 31
        return doc;
    }

    @Test
    void vancouver_numbers_in_order_of_first_citation_and_links_each_number() {
        FormattedCitations f = Samples.formatter("vancouver-brackets").format(items, document());
        assertThat(f.inText()).hasSize(document().size());
        assertThat(f.inText().get(0)).isEqualTo("[<a href=\"#ref-ref01\">1</a>]");
        // NLM's delimiter is "," with no space
        assertThat(f.inText().get(4)).isEqualTo("[<a href=\"#ref-ref05\">5</a>,<a href=\"#ref-ref06\">6</a>]");
        // sorted by number inside the citation; the link travels with its item
        assertThat(f.inText().get(31)).isEqualTo(f.inText().get(4));
        // a range (citeproc-java does not collapse; LinkMarkers does)
        assertThat(f.inText().get(28)).isEqualTo("[<a href=\"#ref-ref30\">30</a>&ndash;<a href=\"#ref-ref32\">32</a>]");
        // lowry1951 is the 33rd work cited; NLM prints no locator in the text
        assertThat(f.inText().get(29)).isEqualTo("[<a href=\"#ref-ref02\">2</a>,<a href=\"#ref-lowry1951\">33</a>]");
        assertThat(f.inText().get(30)).isEqualTo("[<a href=\"#ref-ref01\">1</a>,<a href=\"#ref-ref30\">30</a>&ndash;"
                + "<a href=\"#ref-ref32\">32</a>,<a href=\"#ref-ref34\">34</a>,<a href=\"#ref-ref33\">35</a>]");
    }

    @Test
    void the_vancouver_reference_list_is_numbered_and_keyed() {
        FormattedCitations f = Samples.formatter("vancouver-brackets").format(items, document());
        List<BibEntry> bib = f.bibliography();
        assertThat(bib).hasSize(35); // only the cited: ref01..ref34 and lowry1951
        for (int i = 0; i < bib.size(); i++) {
            assertThat(bib.get(i).citationNumber()).isEqualTo(i + 1);
            assertThat(bib.get(i).html()).contains("<div class=\"csl-left-margin\">" + (i + 1) + ". </div>");
        }
        assertThat(bib.get(4).key()).isEqualTo("ref05");
        assertThat(bib.get(32).key()).isEqualTo("lowry1951");
        assertThat(bib.get(32).html()).isEqualTo("  <div class=\"csl-entry\">\n"
                + "    <div class=\"csl-left-margin\">33. </div><div class=\"csl-right-inline\">Lowry OH, Rosebrough NJ,"
                + " Farr AL, Randall RJ. Protein measurement with the Folin phenol reagent. The Journal of Biological"
                + " Chemistry. 1951;193(1):265&ndash;75. </div>\n  </div>\n");
        // every in-text link has its entry
        List<String> keys = bib.stream().map(BibEntry::key).toList();
        for (String s : f.inText()) {
            Matcher m = Pattern.compile("href=\"#ref-([^\"]+)\"").matcher(s);
            while (m.find()) {
                assertThat(keys).contains(m.group(1));
            }
        }
    }

    @Test
    void apa_gives_author_date_citations_from_the_same_input() {
        FormattedCitations f = Samples.formatter("apa").format(items, document());
        assertThat(f.inText()).hasSize(document().size());
        assertThat(f.inText().get(29)).matches("\\(<a href=\"#ref-ref02\">[^<]+, \\d{4}, p\\. 12</a>; "
                + "<a href=\"#ref-lowry1951\">Lowry et al\\., 1951</a>\\)");
        assertThat(f.inText()).allSatisfy(s -> assertThat(s).startsWith("(").endsWith(")").contains("<a href=\"#ref-"));
        List<BibEntry> bib = f.bibliography();
        assertThat(bib).hasSize(35).allSatisfy(e -> assertThat(e.html()).doesNotContain("csl-left-margin"));
        BibEntry lowry = bib.stream().filter(e -> e.key().equals("lowry1951")).findFirst().orElseThrow();
        assertThat(lowry.html()).isEqualTo("  <div class=\"csl-entry\">Lowry, O. H., Rosebrough,"
                + " N. J., Farr, A. L., &amp; Randall, R. J. (1951). Protein measurement with the Folin phenol reagent."
                + " <span style=\"font-style: italic\">The Journal of Biological Chemistry</span>,"
                + " <span style=\"font-style: italic\">193</span>(1), 265&ndash;275."
                + " <a href=\"https://doi.org/10.1016/S0021-9258(19)52451-6\">https://doi.org/10.1016/S0021-9258(19)52451-6</a>"
                + "</div>\n");
    }

    @Test
    void year_suffixes_in_the_order_of_the_list_initials_for_authors_of_one_family_name_and_one_authors_works_together() {
        // fictitious works: two of the same authors and year, and two authors who share a family name
        Map<String, CSLItemData> works = Samples.items(Samples.bibtex(
                "@article{b, author = {Smith, Jane and Ek, Li}, title = {Shared kitchens}, journal = {J}, year = {2020}}\n"
                + "@article{a, author = {Smith, Jane and Ek, Li}, title = {More kitchens}, journal = {J}, year = {2020}}\n"
                + "@article{c, author = {Smith, Jane and Ek, Li}, title = {Gardens}, journal = {J}, year = {2021}}\n"
                + "@article{d, author = {Smith, Anna}, title = {One}, journal = {J}, year = {2019}}\n"
                + "@article{e, author = {Smith, John}, title = {Two}, journal = {J}, year = {2019}}\n"));
        List<CitationCluster> cites = List.of(CitationCluster.keys("b"), CitationCluster.keys("a", "c"),
                CitationCluster.keys("d"), CitationCluster.keys("e"),
                CitationCluster.authorInText(CiteRef.of("b")), CitationCluster.of(new CiteRef("a", "", "", true)));
        FormattedCitations apa = Samples.formatter("apa").format(works, cites);
        assertThat(apa.inText().stream().map(t -> org.jsoup.Jsoup.parse(t.replace(FormattedCitations.AFTER_AUTHOR, ' ')).text()).toList()).containsExactly(
                // one author's works together, their names once (citeproc-java groups none); the first authors called
                // Smith with their initials in every citation, as APA's primary-name-with-initials asks
                "(J. Smith & Ek, 2020b)", "(J. Smith & Ek, 2020a, 2021)", "(A. Smith, 2019)", "(J. Smith, 2019)",
                "J. Smith and Ek (2020b)", "(2020a)");
        // the list: by author, then the title within a year ("More" before "Shared"), the suffix after the year
        assertThat(apa.bibliography().stream().map(e -> org.jsoup.Jsoup.parse(e.html()).text()).toList())
                .filteredOn(t -> t.contains("kitchens")).containsExactly(
                        "Smith, J., & Ek, L. (2020a). More kitchens. J.", "Smith, J., & Ek, L. (2020b). Shared kitchens. J.");
        // grouping brings one author's works together in the list's order; a prefix between works leaves the citation whole
        List<CitationCluster> more = List.of(CitationCluster.keys("c", "d", "b", "a"),
                CitationCluster.of(CiteRef.of("a"), new CiteRef("b", "", "see", false)));
        assertThat(Samples.formatter("apa").format(works, more).inText().stream().map(t -> org.jsoup.Jsoup.parse(t).text()).toList())
                .containsExactly("(A. Smith, 2019; J. Smith & Ek, 2020a, 2020b, 2021)", "(J. Smith & Ek, 2020a; see J. Smith & Ek, 2020b)");
        // Chicago's primary-name: the given names in full where the initials (J., J.) do not tell Jane from John
        assertThat(Samples.formatter("chicago-author-date").format(works, more).inText().stream()
                .map(t -> org.jsoup.Jsoup.parse(t).text()).toList()).first().isEqualTo("(Jane Smith and Ek 2021, 2020b, 2020a; Anna Smith 2019)");
        // a numeric style has nothing to tell apart
        FormattedCitations nlm = Samples.formatter("vancouver-brackets").format(works, cites);
        assertThat(nlm.bibliography()).noneMatch(e -> e.html().contains("2020a"));
    }

    @Test
    void a_prefix_is_printed_escaped_before_the_linked_item() {
        FormattedCitations f = Samples.formatter("apa").format(items, List.of(
                CitationCluster.of(new CiteRef("knuth1984", "", "see <b>", false))));
        assertThat(f.inText().get(0)).isEqualTo("(see &lt;b&gt; <a href=\"#ref-knuth1984\">Knuth, 1984</a>)");
    }

    @Test
    void the_sample_entries_in_both_styles() {
        List<CitationCluster> doc = List.of(CitationCluster.keys("knuth1984", "garcia2019", "unknown14"));
        FormattedCitations v = Samples.formatter("vancouver-brackets").format(Samples.sampleBib(), doc);
        assertThat(v.inText().get(0)).isEqualTo("[<a href=\"#ref-knuth1984\">1</a>&ndash;<a href=\"#ref-unknown14\">3</a>]");
        assertThat(v.bibliography()).extracting(BibEntry::key).containsExactly("knuth1984", "garcia2019", "unknown14");
        assertThat(v.bibliography().get(1).html()).contains("Garc&iacute;a")
                .contains("[Doctoral dissertation]. [Edinburgh]: University of Edinburgh; 2019.");
        // BibTeX note is not printed by NLM: what must be seen goes in the title
        assertThat(v.bibliography().get(2).html()).contains("[Untitled work; details unknown].").doesNotContain("cited as");
        FormattedCitations a = Samples.formatter("apa").format(Samples.sampleBib(), doc);
        assertThat(a.inText().get(0)).contains("Knuth, 1984").contains("n.d.");
        assertThat(a.bibliography().get(0).key()).isEqualTo("unknown14"); // sorted by title when there is no author
    }

    @Test
    void the_same_input_gives_the_same_output() {
        for (String style : List.of("vancouver-brackets", "apa")) {
            FormattedCitations a = Samples.formatter(style).format(items, document());
            CitationFormatter shared = Samples.formatter(style);
            assertThat(shared.format(items, document())).isEqualTo(a);
            assertThat(shared.format(items, document())).isEqualTo(a);
        }
    }

    @Test
    void a_missing_key_is_refused_up_front() {
        assertThatThrownBy(() -> Samples.formatter("apa").format(items, List.of(CitationCluster.keys("ref01", "nope", "nada"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cited but not in the bibliography: [nope, nada]");
    }

    @Test
    void the_same_key_twice_in_one_citation_is_cited_once() {
        FormattedCitations f = Samples.formatter("vancouver-brackets").format(items, List.of(CitationCluster.keys("ref01", "ref01")));
        assertThat(f.inText().get(0)).isEqualTo("[<a href=\"#ref-ref01\">1</a>]");
    }

    @Test
    void no_javascript_engine_is_needed() {
        assertThat(new javax.script.ScriptEngineManager().getEngineFactories()).isEmpty();
        assertThat(Samples.formatter("apa").format(items, List.of(CitationCluster.keys("ref01"))).inText()).hasSize(1);
    }
}
