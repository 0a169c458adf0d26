package weft.prose;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The notes of one text, taken out of it: flexmark prints a text's footnotes ({@code [^1]} and {@code [^1]: …}) as a
 * numbered list at the text's end, each text numbering from 1; the article numbers its notes across its texts and
 * prints them in one place, so the text keeps only its calls, each naming its note ({@link #NOTE}).
 */
final class ProseNotes {

    /** The attribute of a note's call that names its note among the text's notes, until the article numbers them. */
    static final String NOTE = "data-weft-note";

    private ProseNotes() {
    }

    /**
     * Takes the notes out of {@code body}: their contents by key (in the order flexmark numbered them, that of their
     * first call), their back links left out; each call keeps its link's text and names its note instead of linking it.
     */
    static Map<String, Element> take(Element body) {
        Map<String, Element> notes = new LinkedHashMap<>();
        for (Element list : body.select("div.footnotes")) {
            for (Element item : list.select("li[id]")) {
                if (item.parent() == null || item.parent().parent() != list) {
                    continue; // a list inside a note
                }
                item.select("a.footnote-backref").remove();
                Element content = new Element("div");
                content.appendChildren(new java.util.ArrayList<>(item.childNodes())); // moved: a citation's element is filled later
                notes.put(item.id(), content);
            }
            list.remove();
        }
        for (Element call : body.select("a.footnote-ref")) {
            String key = call.attr("href").startsWith("#") ? call.attr("href").substring(1) : "";
            if (!notes.containsKey(key)) {
                continue;
            }
            call.removeAttr("href").attr(NOTE, key);
            if (call.parent() != null && call.parent().tagName().equals("sup")) {
                call.parent().removeAttr("id");
            }
        }
        return notes;
    }
}
