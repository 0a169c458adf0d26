package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weft.model.FrameIndex;
import weft.support.TestProjects;

/** The default study (the seed article) as a reader of the HTML article would check it. */
class DefaultStudyTest {

    static BuildResult result;
    static Document article;

    @BeforeAll
    static void build() {
        result = TestProjects.render(TestProjects.defaultStudy());
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        article = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
    }

    @Test
    void builds_with_only_the_gaps_of_the_data_reported() {
        List<String> diagnostics = TestProjects.diagnostics(result);
        assertThat(diagnostics.get(0)).isEqualTo("NOTE coded-data/study.yaml:40:13: publication.lastPage is not known (recorded as unknown)");
        // every cited work that is not verified: the 64 unidentified, 9 unverified and 1 incomplete of the 75
        List<String> references = diagnostics.subList(1, diagnostics.size());
        assertThat(references).hasSize(74).allSatisfy(d -> assertThat(d).startsWith("WARNING content/references.bib:"));
        assertThat(references.stream().filter(d -> d.contains("' is not identified"))).hasSize(64);
        assertThat(references.stream().filter(d -> d.contains("' is unverified: "))).hasSize(9);
        assertThat(references).contains(
                "WARNING content/references.bib:15:1: reference 'ref01' is not identified: details unknown",
                "WARNING content/references.bib:317:1: reference 'ref55' is incomplete: Pages unknown.");
        assertThat(references).noneMatch(d -> d.contains("'ref36'")); // Saito 1998, the one verified work
        assertThat(new Weft().render(TestProjects.defaultStudy(), BuildOptions.defaults().strict(true)).succeeded())
                .as("strict mode refuses the unverified references").isFalse();
    }

    @Test
    void the_title_block_carries_the_articles_metadata() {
        Element header = article.expectFirst("header.title-block");
        assertThat(header.expectFirst("h1").text())
                .isEqualTo("Meaning of the family and family communication \u2014 Experiences of Hikikomoris");
        assertThat(header.select(".author-name").eachText())
                .containsExactly("Mari Salminen-Tuomaala", "Ari Haasio", "Hajime Naka");
        assertThat(header.select(".marks").eachText()).containsExactly("1,*", "1", "2");
        assertThat(header.text()).contains("Seinäjoki University of Applied Sciences", "University of Tokoha, Japan",
                "Received 2021-04-29", "Accepted 2021-06-16", "10.5430/cns.v9n2p1");
        // the term once, then its values (it read "ISSN ISSN 2324-7940 (print), ISSN 2324-7959 (online)")
        Element issn = header.select("dt").stream().filter(dt -> dt.text().equals("ISSN")).findFirst().orElseThrow();
        assertThat(issn.nextElementSibling().text()).isEqualTo("2324-7940 (print), 2324-7959 (online)");
        assertThat(article.expectFirst(".keywords").text())
                .isEqualTo("Key words: Family, Experience, Hikikomori, Socially withdrawn, Communication");
        assertThat(article.expectFirst(".masthead").text()).contains("Clinical Nursing Studies", "2021, Vol. 9, No. 2");
    }

    @Test
    void sections_and_subsections_are_numbered_in_order() {
        assertThat(article.select("section.section > h2").eachText()).containsExactly(
                "1. Introduction", "2. Methods", "3. Results", "4. Discussion", "5. Conclusions");
        assertThat(article.select("section.section > h3[id^=sec-]").eachText()).containsExactly(
                "1.1 Research purpose and aim", "2.1 Participants", "2.2 Data analysis", "2.3 Ethics", "2.4 Rigor",
                "4.1 Translational section", "4.2 Limitations & future directions");
    }

    @Test
    void the_results_tree_is_numbered_flat_as_the_journal_prints_it() {
        assertThat(article.select("section.node > h3, section.node > h4").eachText()).containsExactly(
                "3.1 Meaning of the family for coping",
                "3.2 Appreciation of family as a support to one\u2019s coping",
                "3.3 Protecting the cohesion of the nuclear family",
                "3.4 Challenges in the family situation and dynamics",
                "3.5 Poor family dynamics",
                "3.6 Harmful and abusive experiences",
                "3.7 The family\u2019s socioeconomic status as a background for one\u2019s failure");
    }

    @Test
    void corpus_facts_in_the_prose_are_computed_from_the_data() {
        assertThat(article.expectFirst("#sec-methods").text())
                .contains("The empirical data consists of 42 discussion threads containing 2,644 messages.")
                .contains("there were 2,589 discussion threads")
                .contains("combined into two higher level categories");
        assertThat(article.expectFirst("#sec-results").text()).contains("The two main categories of experiences");
        assertThat(article.expectFirst("#sec-introduction-research-purpose-and-aim").parent().text())
                .contains("RQ1 How do socially withdrawn people (the hikikomoris) experience the meaning of family for their coping?");
    }

    @Test
    void every_quote_appears_anchored_under_a_node_it_is_coded_to() {
        var study = new weft.read.StudyReader(new weft.read.SchemaChecker())
                .read(new weft.read.ProjectFiles(TestProjects.defaultStudy(), 1 << 20), new weft.diagnostics.Diagnostics())
                .orElseThrow();
        FrameIndex index = new FrameIndex(study.frame(), study.quotes());
        assertThat(study.quotes()).hasSize(46);
        for (var quote : study.quotes()) {
            Element anchored = article.getElementById("quote-" + quote.id());
            assertThat(anchored).as(quote.id()).isNotNull();
            assertThat(anchored.text()).isEqualTo("\u201C" + quote.text() + "\u201D");
            Element node = anchored.closest(".node");
            if (node == null) {
                // the discussion presents one phrase ("being seen") that the results do not quote
                assertThat(anchored.closest("section.section").id()).as(quote.id()).isEqualTo("sec-discussion");
                continue;
            }
            String nodeId = node.id().substring("node-".length());
            assertThat(quote.codes()).as("%s placed under %s", quote.id(), nodeId)
                    .anyMatch(code -> index.isWithin(code.id(), nodeId));
            assertThat(anchored.expectFirst("a").attr("href")).isEqualTo("evidence/quotes/" + quote.id() + ".html");
        }
    }

    @Test
    void block_quotations_are_set_as_the_article_sets_them() {
        assertThat(article.select("blockquote.quote").eachAttr("data-quote")).containsExactly(
                "couple-relationship-challenges", "insane-anxiety-again", "live-lonely-like-an-empty-robot", "building-up-closeness");
    }

    @Test
    void the_table_summarises_the_tree_with_quote_counts() {
        Element table = article.expectFirst("table#tab-coding-frame");
        List<Element> rows = table.select("tbody tr");
        assertThat(rows).hasSize(2 + 5 + 16);
        assertThat(rows.get(0).text()).isEqualTo("3.1 Meaning of the family for coping main category 0 11");
        assertThat(table.expectFirst("tfoot").text()).isEqualTo("All quotes 46");
    }

    @Test
    void the_translational_points_are_lettered_without_a_gap() {
        Element list = article.expectFirst("#sec-discussion ol.list-lower-alpha");
        assertThat(list.attr("type")).isEqualTo("a");
        assertThat(list.select("> li")).hasSize(5);
        assertThat(list.child(4).text()).startsWith("Being a hikikomori can also be considered a sub-culture");
    }

    @Test
    void citations_are_numbered_in_order_of_first_citation_and_link_to_their_entries() {
        List<Element> citations = article.select(".citation");
        assertThat(citations.get(0).text()).isEqualTo("[1]");
        // vancouver-brackets (NLM) separates the numbers with "," and no space; the printed article has "[5, 6]"
        assertThat(citations.stream().map(Element::text)).contains("[5,6]", "[14,15]", "[30\u201332]", "[62\u201364]", "[43,49\u201351]");
        assertThat(article.expectFirst("#sec-introduction").text())
                .contains("associated with physical and mental health problems, death wishes and mortality.[30\u201332]");
        for (Element link : article.select(".citation a")) {
            assertThat(article.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
        assertThat(citations.get(0).expectFirst("a").attr("href")).isEqualTo("#ref-ref01");
    }

    @Test
    void the_reference_list_has_the_75_works_in_the_articles_order_and_says_what_is_unknown() {
        List<Element> entries = article.select("#references ol.reference-list > li");
        assertThat(entries).hasSize(75);
        for (int i = 0; i < 75; i++) {
            assertThat(entries.get(i).id()).isEqualTo(String.format("ref-ref%02d", i + 1));
            assertThat(entries.get(i).expectFirst(".csl-left-margin").text()).isEqualTo((i + 1) + ".");
        }
        assertThat(entries.get(0).text()).isEqualTo("1. Reference 1 of the published article: details unknown.");
        assertThat(entries.get(35).text()).isEqualTo("36. Saito T. Social Withdrawal: A Neverending Adolescence"
                + " [Shakaiteki hikikomori: owaranai shishunki]. Tokyo: PHP Shinsho; 1998.");
        assertThat(entries.get(14).text()).startsWith("15. Epstein NB, Bishop DS, Levin S. The McMaster model of family"
                + " functioning. Journal of Marriage and Family Counseling. 1978;4(4):19\u201331. Unverified.");
        assertThat(entries.get(32).text()).contains("a work by Kato et al., not identified", "Unverified.",
                "doi:10.1002/wps.20497", "doi:10.1007/s00127-011-0411-7");
        assertThat(entries.get(54).expectFirst(".reference-status").text()).isEqualTo("Incomplete. Pages unknown.");
        Element tan = entries.get(43).expectFirst("a.doi");
        assertThat(tan.attr("href")).isEqualTo("https://doi.org/10.1192/bji.2020.20");
        long unknown = entries.stream().filter(e -> e.text().contains("of the published article: details unknown")).count();
        assertThat(unknown).isEqualTo(64);
    }

    @Test
    void the_methods_refer_to_the_numbered_figure_and_table_of_the_coding_frame() {
        Element sentence = article.expectFirst("#sec-methods").select("p").stream()
                .filter(p -> p.text().startsWith("The coding frame is shown in")).findFirst().orElseThrow();
        assertThat(sentence.text()).isEqualTo("The coding frame is shown in Figure 1 and summarised with its quote counts in Table 1.");
        assertThat(sentence.select("a.xref").eachAttr("href")).containsExactly("#fig-coding-frame", "#tab-coding-frame");
        Element figure = article.expectFirst("#sec-results figure#fig-coding-frame");
        assertThat(figure.expectFirst("figcaption").text()).startsWith("Figure 1. The coding frame as a tree, from main category to sub-category.");
        assertThat(figure.select("svg rect")).hasSize(2 + 5 + 16);
        assertThat(article.expectFirst("#tab-coding-frame caption").text()).startsWith("Table 1. The coding frame");
    }
}
