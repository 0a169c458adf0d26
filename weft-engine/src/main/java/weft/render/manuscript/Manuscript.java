package weft.render.manuscript;

import java.util.List;
import java.util.Set;

/**
 * The article's text as a manuscript: its title and short title (the running head, empty when not given), the abstract (and its translations), the body's blocks in reading order, the
 * back matter's (acknowledgements, funding …, each section a heading of level 1 without a label), the reference
 * list, the appendices' blocks and the notes (each called where {@link Inline.Note} stands in the text, in their numbers'
 * order), with the ids that links may point to.
 *
 * @param ids every id a block, a quotation or a reference carries: a link to any other id is printed as text
 */
public record Manuscript(List<Inline> title, List<Inline> shortTitle, List<Block> abstractBlocks, List<Translation> translations, List<Block> body, List<Block> back,
                         List<Reference> references, List<Block> appendices, List<Inline.Note> notes, Set<String> ids) {

    public Manuscript {
        title = List.copyOf(title);
        shortTitle = List.copyOf(shortTitle);
        abstractBlocks = List.copyOf(abstractBlocks);
        translations = List.copyOf(translations);
        body = List.copyOf(body);
        back = List.copyOf(back);
        references = List.copyOf(references);
        appendices = List.copyOf(appendices);
        notes = List.copyOf(notes);
        ids = Set.copyOf(ids);
    }

    /** An entry of the reference list: its anchor, the work's key, its label ("1.", "[1]", empty) and its text. */
    public record Reference(String id, String key, String label, List<Inline> text) {
        public Reference {
            text = List.copyOf(text);
        }
    }

    /** The title (empty when not given), abstract and keywords in another language. */
    public record Translation(String lang, List<Inline> title, String heading, List<Block> abstractBlocks, String keywordsLabel,
                              List<String> keywords) {
        public Translation {
            title = List.copyOf(title);
            abstractBlocks = List.copyOf(abstractBlocks);
            keywords = List.copyOf(keywords);
        }
    }
}
