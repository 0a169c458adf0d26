package weft.render.manuscript;

import java.util.List;
import java.util.Set;

/** A run of a paragraph's text. */
public sealed interface Inline {

    /** How a run of text is set. */
    enum Mark { ITALIC, BOLD, SUPERSCRIPT, SUBSCRIPT, CODE, SMALL_CAPS, STRIKE, UNDERLINE, HIGHLIGHT }

    /**
     * Text, as it is printed (whitespace collapsed), with its marks; {@code lang} the language of words in another than
     * the article's (Pandoc's {@code [chez soi]{lang=fr}}), empty for the article's own.
     */
    record Text(String text, Set<Mark> marks, String lang) implements Inline {
        public Text {
            marks = Set.copyOf(marks);
        }

        public Text(String text, Set<Mark> marks) {
            this(text, marks, "");
        }

        /** The same marks and language, with other words. */
        public Text with(String words) {
            return new Text(words, marks, lang);
        }
    }

    /** A link within the article ({@code target} is the id of what it points to) or out of it ({@code uri}). */
    record Link(String target, String uri, List<Inline> content) implements Inline {
        public Link {
            content = List.copyOf(content);
        }

        public boolean internal() {
            return !target.isEmpty();
        }
    }

    /** A quotation in a sentence: its text (with the quotation marks printed), the participant's code if any. */
    record Quotation(String id, String text, String attribution) implements Inline {
    }

    /**
     * The call of a note ({@code id} its anchor, fn-3; {@code number} as the article numbers it) and the note's text, which
     * a format of pages prints at the page's foot.
     */
    record Note(String id, String number, List<Block> content) implements Inline {
        public Note {
            content = List.copyOf(content);
        }
    }

    /** A line break. */
    record Break() implements Inline {
    }

    /** The text of {@code content} without its marks. */
    static String plain(List<Inline> content) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : content) {
            if (inline instanceof Text t) {
                out.append(t.text());
            } else if (inline instanceof Link l) {
                out.append(plain(l.content()));
            } else if (inline instanceof Quotation q) {
                out.append(q.text()).append(q.attribution().isEmpty() ? "" : " " + q.attribution());
            } else if (inline instanceof Break) {
                out.append('\n');
            } // a note's call is not of the text's words
        }
        return out.toString();
    }
}
