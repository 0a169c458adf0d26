package weft.render.manuscript;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import weft.words.Words;

/**
 * A manuscript's numbered tables and figures moved to its end, as many journals ask of a submission (and APA's
 * manuscripts): each is taken out of the body and the back matter where it stands and a callout left in its place
 * ("[Table 2 near here]"), so that the typesetter knows where it belongs; the tables follow the references, then the
 * figures, each on a page of its own. Unnumbered tables and pictures, those inside a list, and an appendix's stay
 * where they are.
 *
 * @param body    the body with callouts in place of its tables and figures
 * @param back    the back matter, likewise
 * @param tables  the numbered tables, in reading order
 * @param figures the numbered figures, in reading order
 */
public record FloatsAtEnd(List<Block> body, List<Block> back, List<Block> tables, List<Block> figures) {

    /** The {@link Block.Paragraph#role()} of a callout. */
    public static final String CALLOUT = "float-callout";

    public FloatsAtEnd {
        body = List.copyOf(body);
        back = List.copyOf(back);
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
    }

    /** The manuscript's body and back matter with their numbered tables and figures taken out. */
    public static FloatsAtEnd of(Manuscript manuscript, Words words) {
        List<Block> tables = new ArrayList<>();
        List<Block> figures = new ArrayList<>();
        List<Block> body = takeOut(manuscript.body(), tables, figures, words);
        List<Block> back = takeOut(manuscript.back(), tables, figures, words);
        return new FloatsAtEnd(body, back, tables, figures);
    }

    private static List<Block> takeOut(List<Block> blocks, List<Block> tables, List<Block> figures, Words words) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            String label = b instanceof Block.Table t ? t.label()
                    : b instanceof Block.Figure f ? f.label()
                    : b instanceof Block.Picture p ? p.label()
                    : b instanceof Block.Panel p ? p.label() : "";
            if (label.isEmpty()) {
                out.add(b);
                continue;
            }
            (b instanceof Block.Table ? tables : figures).add(b); // its label without the caption's stop: "Table 2"
            out.add(new Block.Paragraph("", CALLOUT, List.of(new Inline.Text(
                    words.format("floatNearHere", Map.of("label", label.strip().replaceAll("[.:]$", ""))), Set.of()))));
        }
        return out;
    }
}
