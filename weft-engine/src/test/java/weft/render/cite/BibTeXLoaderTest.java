package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jbibtex.ParseException;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

class BibTeXLoaderTest {

    private static List<String> readErrors(String bibtex) {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(new BibliographyReader().read("content/references.bib", bibtex, diagnostics)).isEmpty();
        return diagnostics.sorted().stream().map(Object::toString).toList();
    }

    @Test
    void entries_come_in_file_order_with_their_types() {
        Map<String, CSLItemData> items = Samples.sampleBib();
        assertThat(items.keySet()).containsExactly("lowry1951", "knuth1984", "garcia2019", "unknown14");
        assertThat(items.get("lowry1951").getType()).isEqualTo(CSLType.ARTICLE_JOURNAL);
        assertThat(items.get("knuth1984").getType()).isEqualTo(CSLType.BOOK);
        assertThat(items.get("garcia2019").getType()).isEqualTo(CSLType.THESIS);
        assertThat(items.get("unknown14").getType()).isEqualTo(CSLType.ARTICLE); // @misc -> CSL "article"
    }

    @Test
    void string_macros_and_latex_are_resolved() {
        Map<String, CSLItemData> items = Samples.sampleBib();
        assertThat(items.get("lowry1951").getContainerTitle()).isEqualTo("The Journal of Biological Chemistry");
        assertThat(items.get("lowry1951").getDOI()).isEqualTo("10.1016/S0021-9258(19)52451-6");
        assertThat(items.get("lowry1951").getPage()).isEqualTo("265-275");
        assertThat(items.get("garcia2019").getAuthor()[0].getFamily()).isEqualTo("García Márquez");
        assertThat(items.get("knuth1984").getTitle()).isEqualTo("The TeXbook");
    }

    @Test
    void the_status_fields_are_read_with_each_entrys_position() {
        List<BibItem> items = Samples.bibtex(Samples.resource("sample.bib"));
        BibItem unknown = items.get(3);
        assertThat(unknown.status()).isEqualTo(ReferenceStatus.UNKNOWN);
        assertThat(unknown.note()).isEqualTo("Cited as [14]; nothing else is known.");
        assertThat(unknown.position()).isEqualTo(new SourcePosition("test.bib", 31, 1));
        assertThat(items.get(0).status()).isEqualTo(ReferenceStatus.VERIFIED);
        assertThat(items.get(0).note()).isEmpty();
        assertThat(items.get(0).position()).isEqualTo(new SourcePosition("test.bib", 4, 1));
    }

    @Test
    void an_unknown_status_value_is_an_error_at_its_entry() {
        Diagnostics diagnostics = new Diagnostics();
        new BibliographyReader().read("refs.bib", "\n  @misc{a, title={A}, weft-status={sure}}\n", diagnostics);
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "ERROR refs.bib:2:3: reference 'a': weft-status must be verified, incomplete, unverified or unknown, not 'sure'");
    }

    @Test
    void a_key_defined_twice_is_an_error_at_the_second_entry() {
        Diagnostics diagnostics = new Diagnostics();
        var read = new BibliographyReader().read("refs.bib", "@misc{a, title={A}}\n% @misc{b, title={commented out}}\n"
                + "@misc{b, title={B}}\n@book{A, title={again}}\n", diagnostics);
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "ERROR refs.bib:4:1: duplicate BibTeX key 'A' (first defined at refs.bib:1:1; keys ignore case)");
        assertThat(read.orElseThrow().items()).extracting(BibItem::key).containsExactly("a", "b");
        assertThat(read.orElseThrow().item("b").orElseThrow().position()).isEqualTo(new SourcePosition("refs.bib", 3, 1));
    }

    @Test
    void an_article_number_becomes_the_issue() throws IOException, ParseException {
        // the trap: citeproc-java's converter maps BibTeX number to CSL number (an article number)
        BibTeXConverter conv = new BibTeXConverter();
        CSLItemData raw = conv.toItemData(conv.loadDatabase(new ByteArrayInputStream(
                Samples.resource("sample.bib").getBytes(StandardCharsets.UTF_8)))).get("lowry1951");
        assertThat(raw.getNumber()).isEqualTo("1");
        assertThat(raw.getIssue()).isNull();
        CSLItemData fixed = Samples.sampleBib().get("lowry1951");
        assertThat(fixed.getIssue()).isEqualTo("1");
        assertThat(fixed.getNumber()).isNull();

        // what it changes: APA prints "Article 1" and drops the pages with the raw item
        String rawApa = Samples.formatter("apa").format(Map.of("lowry1951", raw), List.of(CitationCluster.keys("lowry1951")))
                .bibliography().get(0).html();
        assertThat(rawApa).contains("Article 1").doesNotContain("265");
        String fixedApa = Samples.formatter("apa").format(Map.of("lowry1951", fixed), List.of(CitationCluster.keys("lowry1951")))
                .bibliography().get(0).html();
        assertThat(fixedApa).contains("<span style=\"font-style: italic\">193</span>(1), 265&ndash;275.");
    }

    @Test
    void a_report_number_is_left_alone_and_a_phd_thesis_gets_its_genre() {
        Map<String, CSLItemData> items = Samples.items(Samples.bibtex(
                "@techreport{tr1, title={T}, institution={NASA}, number={TM-123}, year={2001}}"));
        assertThat(items.get("tr1").getNumber()).isEqualTo("TM-123");
        assertThat(items.get("tr1").getIssue()).isNull();
        assertThat(Samples.sampleBib().get("garcia2019").getGenre()).isEqualTo("Doctoral dissertation");
    }

    @Test
    void a_syntax_error_points_at_its_line_and_column() {
        assertThat(readErrors("@article{a,\n  title = {X}\n  year = {2000}\n}\n")) // no comma after the title
                .containsExactly("ERROR content/references.bib:3:3: BibTeX syntax error: unexpected 'year'");
        assertThat(readErrors("@article{a,\n  title = {X},\n  year = 2000 ~\n}\n"))
                .containsExactly("ERROR content/references.bib:3:15: BibTeX syntax error: unexpected character");
        assertThat(readErrors("@article{a,\n  title = {X},\n  year = {2000}}}\n"))
                .containsExactly("ERROR content/references.bib:3:17: BibTeX syntax error: unexpected '}'");
        assertThat(readErrors("@article{a,\n title = {X}\n")) // the entry is never closed: point at the entry
                .containsExactly("ERROR content/references.bib:1:1: BibTeX syntax error: this entry has a brace or quotation mark that is never closed");
        assertThat(readErrors("@article{a,\n  title = {X},\n  journal = nosuch,\n}\n"))
                .containsExactly("ERROR content/references.bib:3:13: BibTeX: undefined @string macro 'nosuch'");
        assertThat(readErrors("@article{a,\n  title = \"X,\n}\n"))
                .containsExactly("ERROR content/references.bib:1:1: BibTeX syntax error: this entry has a brace or quotation mark that is never closed");
        assertThat(readErrors("@misc{ok, title = {Fine}}\n\n@misc{b,\n  title = {Open\n}\n\n@misc{c, title = {Fine}}\n"))
                .containsExactly("ERROR content/references.bib:3:1: BibTeX syntax error: this entry has a brace or quotation mark that is never closed");
    }

    @Test
    void weft_s_private_use_markers_are_rejected_where_they_stand() {
        assertThat(readErrors("@misc{a,\n  title = {X\uE001Y}}\n")).containsExactly("ERROR content/references.bib:2:13: "
                + "the private-use character U+E001 is reserved by Weft and may not appear in a bibliography");
    }

    @Test
    void the_converters_own_loader_would_lose_the_position() {
        // why BibTeXLoader drives the parser itself: loadDatabase rewraps TokenMgrException without a token
        String bib = "@article{a,\n  title = {X},\n  year = 2000 ~\n}\n";
        assertThatThrownBy(() -> new BibTeXConverter().loadDatabase(new ByteArrayInputStream(bib.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ParseException.class)
                .satisfies(e -> assertThat(((ParseException) e).currentToken).isNull());
    }

    @Test
    void names_with_latex_accents_keep_their_letters_in_the_reference_list() {
        // as reference managers and databases write them; the converter alone printed "Lindstr", "Mara", "ukasz W."
        String bib = "@article{a, author = {Lindstr\\\"{o}m, Karin and Garc{\\'\\i}a, Mar{\\'\\i}a and {\\L}ukasz W{\\k{a}}sowicz"
                + " and Smith, J.~R. and de~la Cruz, Ana and Nguy{\\~{\\^e}}n, V{\\u{a}}n},\n"
                + "  title = {Care in {\\L}{\\'o}d{\\'z} and {Troms\\o}}, journal = {Nursing}, year = {2020},"
                + " url = {https://example.org/~care}}\n";
        Diagnostics diagnostics = new Diagnostics();
        CSLItemData item = new BibliographyReader().read("refs.bib", bib, diagnostics).orElseThrow().item("a").orElseThrow().data();
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(item.getAuthor()).extracting(n -> n.getGiven() + " | " + n.getFamily()).containsExactly(
                "Karin | Lindström", "María | García", "Łukasz | Wąsowicz", "J. R. | Smith", "Ana | Cruz", "Văn | Nguyễn");
        assertThat(item.getAuthor()[4].getNonDroppingParticle()).isEqualTo("de la");
        assertThat(item.getTitle()).isEqualTo("Care in Łódź and Tromsø");
        assertThat(item.getURL()).isEqualTo("https://example.org/~care");
        String vancouver = Samples.formatter("vancouver").format(Map.of("a", item), List.of(CitationCluster.keys("a")))
                .bibliography().get(0).html();
        assertThat(org.jsoup.Jsoup.parse(vancouver).text())
                .contains("Lindström K, García M, Wąsowicz Ł, Smith JR, de la Cruz A, Nguyễn V. Care in Łódź and Tromsø.");
    }

    @Test
    void latex_the_conversion_leaves_is_a_warning_at_its_field() {
        Diagnostics diagnostics = new Diagnostics();
        new BibliographyReader().read("refs.bib", "@article{m,\n  author = {Ek, Li},\n  title = {The {COVID-19} test of $\\alpha$},"
                + "\n  journal = {J}, year = {2020}}\n", diagnostics);
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly("WARNING refs.bib:3:3: reference 'm': its"
                + " title has LaTeX that Weft does not convert ('{COVID-19}'), printed as written: write the characters"
                + " themselves (the file is UTF-8)");
    }

    @Test
    void an_organisation_without_double_braces_is_a_warning_and_one_in_them_is_one_name() {
        Diagnostics diagnostics = new Diagnostics();
        Bibliography read = new BibliographyReader().read("refs.bib", "@book{w,\n  author = {World Health Organization},"
                + "\n  title = {Guidelines}, year = {2020}}\n@book{v,\n  author = {{World Health Organization} and Smith, Jane"
                + " and Lee Min-jun},\n  title = {Other}, year = {2021}}\n", diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly("WARNING refs.bib:2:3: reference 'w':"
                + " its author 'World Health Organization' is read as a person's given and family names ('Organization, World"
                + " Health'), as BibTeX reads names: if it is an organisation, write it in double braces, author = {{World"
                + " Health Organization}}");
        assertThat(read.item("v").orElseThrow().data().getAuthor()[0].getLiteral()).isEqualTo("World Health Organization");
    }
}
