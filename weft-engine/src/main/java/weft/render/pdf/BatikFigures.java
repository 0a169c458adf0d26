package weft.render.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The figures' SVG as Batik, which draws them in the PDF, needs it, where it reads SVG otherwise than a browser:
 * <ul>
 *   <li>Arabic joined here (ICU's shaping, to the presentation forms), as the PDF's text is: Batik shapes Arabic by rules
 *       of its own that left letters of a word unjoined ("الطعام" drawn as "ال طعام"). The figure's alternate text keeps
 *       the letters as written.</li>
 *   <li>A right-to-left figure's texts anchored by side: a browser anchors a text under {@code direction="rtl"} at its
 *       start, its right end (or at its end, its left end, with {@code text-anchor="end"}); Batik takes {@code start}
 *       as the left end and {@code end} as the right end whatever the direction.</li>
 * </ul>
 */
public final class BatikFigures {

    /** Prepares every figure of a print document. */
    static void prepare(Document doc) {
        for (Element text : doc.select("svg text, svg tspan")) {
            for (TextNode node : text.textNodes()) {
                String words = node.getWholeText();
                if (ArabicLetters.has(words)) {
                    node.text(ArabicLetters.join(words));
                }
            }
        }
        for (Element text : doc.select("svg text[direction=rtl]")) {
            if (text.attr("text-anchor").equals("end")) {
                text.removeAttr("text-anchor");
            } else {
                text.attr("text-anchor", "end");
            }
        }
    }

    /** One figure's SVG as the PDF gives it to Batik. */
    public static String prepare(String svg) {
        Document doc = Parser.xmlParser().parseInput(svg, "");
        prepare(doc);
        doc.outputSettings().prettyPrint(false);
        return doc.outerHtml();
    }

    private BatikFigures() {
    }
}
