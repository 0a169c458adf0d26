package weft.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import weft.diff.CodingDiff.CountChange;
import weft.diff.CodingDiff.NodeChange;
import weft.diff.CodingDiff.NodeKind;
import weft.diff.CodingDiff.ParticipantChange;
import weft.diff.CodingDiff.ParticipantKind;
import weft.diff.CodingDiff.PresentedChange;
import weft.diff.CodingDiff.QuoteChange;
import weft.diff.CodingDiff.QuoteKind;
import weft.diff.CodingDiff.TextChange;
import weft.diff.TextDiff.Segment;
import weft.diff.TextDiff.SentenceChange;

/**
 * {@code weft diff --markdown} read by a Markdown parser (flexmark with GitHub's tables, as a pull request or an editor
 * reads it): every table keeps its columns and the study's texts stay text, however they are written (the golden
 * files of {@link CodingDiffTest} hold the whole output of real diffs).
 */
class DiffMarkdownTest {

    private static final String HOSTILE = "<script>alert(1)</script> | [click](javascript:alert(1)) ![x](http://x/y.png) **bold** `code` &amp; ~~gone~~ #";

    @Test
    void hostile_texts_stay_text_and_every_table_keeps_its_columns() {
        CodingDiff diff = new CodingDiff("v1", "v2 | [x](y)",
                List.of(new QuoteChange(QuoteKind.REWORDED, "q-1", "q-1", List.of("a"), List.of("a"),
                                List.of(new Segment(Segment.Kind.SAME, HOSTILE), new Segment(Segment.Kind.REMOVED, "old | words"),
                                        new Segment(Segment.Kind.ADDED, "new *words*")), "", ""),
                        new QuoteChange(QuoteKind.REATTRIBUTED, "q-2", "q-2", List.of("a"), List.of("a"), List.of(), "p1", "")),
                List.of(new NodeChange(NodeKind.RELABELLED, "a", "", "", "Old | label", HOSTILE, List.of())),
                List.of(new CountChange("a", HOSTILE, 3, 2, 2, 1)),
                List.of(new PresentedChange("q-1", false)),
                List.of(new TextChange("", "content/it`s.md", List.of(new SentenceChange("", HOSTILE, List.of())))),
                true,
                List.of(new ParticipantChange(ParticipantKind.CHANGED, "p1", List.of("attributes.role | `job`"))));
        String markdown = DiffMarkdown.markdown(diff);
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        Document html = Jsoup.parseBodyFragment(HtmlRenderer.builder(options).build()
                .render(Parser.builder(options).build().parse(markdown)));

        assertThat(html.select("script, img, a, em")).isEmpty();
        assertThat(html.select("strong").eachText()).containsExactly("new *words*");
        assertThat(html.select("table")).hasSize(4);
        for (Element table : html.select("table")) {
            int columns = table.select("thead th").size();
            assertThat(table.select("tbody tr")).allSatisfy(tr -> assertThat(tr.select("td")).hasSize(columns));
        }
        Element quotes = html.select("table").get(0);
        assertThat(quotes.select("tbody tr").get(0).child(2).text()).isEqualTo(HOSTILE + " ~~old | words~~ new *words*");
        assertThat(quotes.select("tbody tr").get(1).child(2).text()).isEqualTo("from p1 to no participant");
        assertThat(html.select("table").get(1).select("tbody td").get(2).text()).isEqualTo("\u201cOld | label\u201d \u2192 \u201c" + HOSTILE + "\u201d");
        assertThat(html.select("table").get(2).select("tbody td").eachText()).containsExactly("changed", "p1", "attributes.role | `job`");
        assertThat(html.select("table").get(3).select("tbody td").eachText()).containsExactly(HOSTILE + " (a)", "3", "2", "2", "1");
        assertThat(html.select("h2").text()).isEqualTo("Changes in the coding from v1 to v2 | [x](y)");
        assertThat(html.select("li").eachText()).containsExactly("q-1: no longer presented", "added: " + HOSTILE);
        assertThat(html.select("p code").eachText()).contains("content/it`s.md");
    }

    @Test
    void no_changes_is_one_sentence() {
        CodingDiff none = new CodingDiff("v1", "v2", List.of(), List.of(), List.of(), List.of(), List.of(), false, List.of());
        assertThat(DiffMarkdown.markdown(none)).isEqualTo("No changes in the coding from v1 to v2.\n");
    }
}
