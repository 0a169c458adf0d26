package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * The words Weft generates, in the article's language: the Portuguese test study (synthetic) in Portuguese, with its
 * English title and abstract; Finnish from Weft's bundle; a project's own words over Weft's.
 */
class LanguagesTest {

    @TempDir
    Path temp;

    private static OutputFiles build(Path project) {
        return TestProjects.publication(project);
    }

    @Test
    void a_portuguese_article_generates_portuguese_words() {
        Document article = Jsoup.parse(build(TestProjects.fixture("portuguese-study")).text("index.html"));
        assertThat(article.select("#toc-title").text()).isEqualTo("Sumário");
        assertThat(article.select("#abstract-title").text()).isEqualTo("Resumo");
        assertThat(article.select("#abstract .keywords strong").text()).isEqualTo("Palavras-chave:");
        assertThat(article.select("#references-title").text()).isEqualTo("Referências");
        assertThat(article.select("table.coding-frame caption").text()).startsWith("Tabela 1. O quadro de codificação: categoria, tema,"
                + " unidade de análise").contains("e de participantes de quem provêm.");
        assertThat(article.select("table.coding-frame thead th").eachText()).containsExactly("Seção", "Nó", "Nível",
                "Citações codificadas no nó", "Citações no total", "Participantes");
        assertThat(article.select("figure.figure desc").text()).contains("Categoria 3.1 A sobrecarga do cuidado (5 citações)",
                "Dores nas costas (1 citação)");
        assertThat(article.select("a.xref").eachText()).containsExactly("Tabela 1", "Figura 1", "Seção 3.2.2", "Seção 3.1");
        assertThat(article.select("dl.article-facts dt").eachText()).contains("Recebido", "Aceito", "Publicado online");
    }

    @Test
    void numbers_in_words_follow_the_language_and_the_gender_of_the_noun() {
        Document article = Jsoup.parse(build(TestProjects.fixture("portuguese-study")).text("index.html"));
        assertThat(article.select("#sec-methods").text())
                .contains("Os dados são onze entrevistas", "produziu duas categorias, quatro temas e onze unidades de análise");
        assertThat(article.select("#node-sobrecarga").text()).contains("Esta categoria reúne dois temas e cinco citações.");
    }

    @Test
    void the_english_title_abstract_and_keywords_follow_the_portuguese_ones() {
        Document article = Jsoup.parse(build(TestProjects.fixture("portuguese-study")).text("index.html"));
        var english = article.selectFirst("section.abstract-translation");
        assertThat(english.attr("lang")).isEqualTo("en");
        assertThat(english.select("h2").text()).isEqualTo("Abstract");
        assertThat(english.select(".translated-title").text())
                .isEqualTo("Caring for those who care: experiences of family caregivers in home care");
        assertThat(english.text()).contains("SYNTHETIC TEST DATA. This invented study describes")
                .contains("Key words: Caregivers, Home care, Qualitative research");
        assertThat(article.select("section.abstract").first().id()).as("the article's own abstract first").isEqualTo("abstract");
    }

    @Test
    void the_evidence_counts_with_the_levels_plurals_in_portuguese() {
        OutputFiles site = build(TestProjects.fixture("portuguese-study"));
        Document overview = Jsoup.parse(site.text("evidence/index.html"));
        assertThat(overview.select(".corpus dt:containsOwn(Quadro de codificação) + dd").text())
                .isEqualTo("17 nós: 2 categorias, 4 temas, 11 unidades de análise");
        assertThat(overview.select(".corpus dt:containsOwn(Entrevistas) + dd").text())
                .isEqualTo("11, 9,5 horas de gravação, 11 participantes");
        assertThat(overview.select("#tree-sobrecarga > .tree-row .tree-count").text()).isEqualTo("5 citações");
        assertThat(overview.select("#tree-dores > .tree-row .tree-count").text()).isEqualTo("1 citação");
        Document quote = Jsoup.parse(site.text("evidence/quotes/telefone.html"));
        assertThat(quote.select(".entry-facts > div > dt").eachText()).containsExactly("Codificada em", "Participante", "Fonte", "No artigo");
        assertThat(site.text("evidence/search-index.js")).contains("\"search.one\":\"{n} resultado\"");
    }

    @Test
    void the_project_sites_generated_pages_speak_portuguese_too() {
        BuildResult result = TestProjects.render(TestProjects.fixture("portuguese-study"));
        OutputFiles pages = result.sitePages().orElseThrow();
        Document home = Jsoup.parse(pages.text(weft.render.site.SitePagesWriter.HOME));
        assertThat(home.select("h2").eachText()).contains("Leia o estudo", "Resumo", "Como citar", "Sobre este site");
        assertThat(home.select("a[href=building.html]").text()).isEqualTo("Como a publicação é gerada");
        Document reproducibility = Jsoup.parse(pages.text(weft.render.site.SitePagesWriter.REPRODUCIBILITY));
        assertThat(reproducibility.select("h1").text()).isEqualTo("Reprodutibilidade");
        assertThat(reproducibility.select("p").first().text()).startsWith("A publicação de Cuidar de quem cuida")
                .contains("foi gerada a partir dos");
    }

    @Test
    void the_pdf_prints_the_same_words() throws IOException {
        byte[] pdf = build(TestProjects.fixture("portuguese-study")).files().get("article.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Resumo", "Palavras-chave:", "Tabela 1. O quadro de codificação", "Referências",
                    "Caring for those who care");
        }
    }

    @Test
    void finnish_words_come_from_weft_and_a_projects_own_words_override_them() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "language: en\n", "language: fi\n");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "levels: [theme, sub-theme]",
                "levels: [{name: teema, plural: teemaa}, {name: alateema, plural: alateemaa}]");
        Document article = Jsoup.parse(build(project).text("index.html"));
        assertThat(article.select("#toc-title").text()).isEqualTo("Sisällys");
        assertThat(article.select("#references-title").text()).isEqualTo("Lähteet");
        assertThat(article.select("figure.figure desc").text()).contains("lainausta)").contains("(1 lainaus)");

        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/words_fi.properties"), "contents=Sisältö\nreferences=Kirjallisuus\n",
                StandardCharsets.UTF_8);
        article = Jsoup.parse(build(project).text("index.html"));
        assertThat(article.select("#toc-title").text()).isEqualTo("Sisältö");
        assertThat(article.select("#references-title").text()).isEqualTo("Kirjallisuus");
        assertThat(article.select("#abstract-title").text()).as("the other words stay Weft's").isEqualTo("Tiivistelmä");
    }

    @Test
    void english_level_names_get_their_plural_without_a_trailing_s_on_the_wrong_word() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "levels: [theme, sub-theme]",
                "levels: [category, unit of analysis]");
        Document overview = Jsoup.parse(build(project).text("evidence/index.html"));
        assertThat(overview.select(".corpus dt:containsOwn(Coding frame) + dd").text()).isEqualTo("5 nodes: 2 categories, 3 units of analysis");
    }

    @Test
    void a_language_without_csl_terms_cites_with_american_english_ones_and_says_so_at_its_language() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "language: en\n", "language: ur\n");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(result)).contains("WARNING coded-data/study.yaml:4:11: the CSL locales have no"
                + " terms for the language 'ur': citations and references use those of American English (et al., p.,"
                + " Retrieved, month names)");
        Document article = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        assertThat(article.select("#references li.csl-entry").eachText()).hasSize(2)
                .anySatisfy(r -> assertThat(r).contains("Eating Together"));
        assertThat(article.selectFirst("html").attr("dir")).as("Urdu is written right to left").isEqualTo("rtl");
    }

    /** The words of an article in German, Spanish, French or Swedish: the first line what it is, the others the words to see. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | Inhalt | Literatur | Tabelle 1. Das Kategoriensystem: | 2 Zitate | 1 Zitat | Kategoriensystem | Seite 1 von | Eingegangen | übersetzt aus: Finnisch
            es | Índice | Referencias | Tabla 1. El marco de codificación: | 2 citas | 1 cita | Marco de codificación | Página 1 de | Recibido | traducidas del finés
            fr | Sommaire | Références | Tableau 1. La grille de codage | 2 citations | 1 citation | Grille de codage | Page 1 sur | Reçu | (original en finnois)
            sv | Innehåll | Referenser | Tabell 1. Kodningsramen: | 2 citat | 1 citat | Kodningsram | Sida 1 av | Mottagen | översatta från finska
            """)
    void german_spanish_french_and_swedish_articles_get_weft_s_words_in_their_language(String lang, String contents,
            String references, String caption, String two, String one, String frame, String page, String received,
            String translated)
            throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study-" + lang));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "language: en\n", "language: " + lang + "\n");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "levels: [theme, sub-theme]",
                "levels: [{name: Thema, plural: Themen}, {name: Unterthema, plural: Unterthemen}]");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(result)).as("Weft has words and citation terms for it")
                .noneMatch(d -> d.contains("no words for") || d.contains("CSL locales have no terms"));
        OutputFiles site = result.publication().orElseThrow();
        Document article = Jsoup.parse(site.text("index.html"));
        assertThat(article.select("#toc-title").text()).isEqualTo(contents);
        assertThat(article.select("#references-title").text()).isEqualTo(references);
        assertThat(article.select("table.coding-frame caption").text()).startsWith(caption);
        assertThat(article.select("dl.article-facts dt").eachText()).contains(received);
        Document overview = Jsoup.parse(site.text("evidence/index.html"));
        assertThat(overview.select(".tree-count").eachText()).contains(two, one);
        assertThat(overview.select(".corpus dt").eachText()).contains(frame);
        assertThat(overview.select(".corpus dd").text()).as("a language's name within a sentence, as the language writes it")
                .contains(translated);
        try (PDDocument doc = Loader.loadPDF(site.files().get("article.pdf"))) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains(page, caption);
        }
    }

    /** A quote stands between its language's quotation marks (CLDR's, through ICU), in every output that prints it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | \u201C       | \u201D
            fi | \u201D       | \u201D
            de | \u201E       | \u201C
            fr | \u00AB\u00A0 | \u00A0\u00BB
            sv | \u201D       | \u201D
            """)
    void a_quote_stands_between_the_quotation_marks_of_the_articles_language(String lang, String open, String close)
            throws IOException {
        assertThat(open.length() + close.length()).as("French sets a no-break space inside its guillemets")
                .isEqualTo(lang.equals("fr") ? 4 : 2);
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("marks-" + lang));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "language: en\n", "language: " + lang + "\n");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "levels: [theme, sub-theme]",
                "levels: [{name: Thema, plural: Themen}, {name: Unterthema, plural: Unterthemen}]");
        OutputFiles site = build(project);
        Document article = Jsoup.parse(site.text("index.html"));
        assertThat(article.select(".quote a.quote-link").eachText()).isNotEmpty();
        for (var link : article.select(".quote a.quote-link")) {
            assertThat(link.wholeText()).startsWith(open).endsWith(close);
        }
        Document quote = Jsoup.parse(site.text("evidence/quotes/we-cook.html"));
        assertThat(quote.selectFirst("blockquote p").wholeText()).startsWith(open).endsWith(close);
        assertThat(quote.selectFirst("blockquote[lang=fi] p").wholeText()).as("its Finnish original, in Finnish marks")
                .isEqualTo("\u201DKokkaamme sunnuntaisin\u201D");
        try (PDDocument doc = Loader.loadPDF(site.files().get("article.pdf"))) {
            assertThat(new PDFTextStripper().getText(doc)).contains(open.substring(0, 1));
        }
        assertThat(site.text("evidence/search-index.js").contains("\"quoteOpen\"")).as("the search is told the marks")
                .isEqualTo(!lang.equals("en"));
    }

    @Test
    void a_journals_own_quotation_marks_are_the_projects_words() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("journal-marks"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "language: en\n", "language: de\n");
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/words_de.properties"), "quoteOpen=\u00BB\nquoteClose=\u00AB\n");
        OutputFiles site = build(project);
        assertThat(Jsoup.parse(site.text("index.html")).select(".quote a.quote-link").eachText())
                .allSatisfy(q -> assertThat(q).startsWith("\u00BB").endsWith("\u00AB"));
        assertThat(Jsoup.parse(site.text("evidence/quotes/we-cook.html")).selectFirst("blockquote p").text()).startsWith("\u00BB");
    }

    /**
     * A project's words file is read key by key: a key Weft has no words for (a misspelling) and a pattern naming what
     * Weft does not give it ({num} for {number}) are each a warning at its line, instead of changing nothing, or
     * printing "{num}", without a word; Weft's own words are used for the second.
     */
    @Test
    void a_words_files_misspelled_key_and_unknown_placeholder_are_each_a_warning() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("words-mistakes"));
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/words.properties"),
                "figureLable=Fig. {number}.\nfigureRef=Fig. {num}\ntableLabel=Tab. {number}.\n");
        weft.build.BuildResult result = TestProjects.built(project);
        assertThat(TestProjects.diagnostics(result)).containsExactly(
                "WARNING templates/words.properties:1:13: Weft has no words 'figureLable' (did you mean 'figureLabel'?):"
                        + " this line changes nothing",
                "WARNING templates/words.properties:2:11: the words of 'figureRef' name {num}, which Weft does not give"
                        + " them (Weft's own are used): they are given {number}");
        org.jsoup.nodes.Document page = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        assertThat(page.expectFirst("#fig-coding-frame figcaption").text()).startsWith("Figure 1.");
        assertThat(page.expectFirst("#tab-coding-frame caption").text()).startsWith("Tab. 1.");
    }
}
