package weft.model;

import weft.diagnostics.SourcePosition;

/**
 * How the article is laid out: numbering of the results headings, heading depth, citation style (a CSL style
 * name, with {@code citationStyleAt} where it is written, for diagnostics), date.
 */
public record Presentation(Numbering resultsNumbering, int headingLevels, String citationStyle,
                           SourcePosition citationStyleAt, String date) {

    /** flat: 3.1, 3.2, 3.3 for every heading node (the journal's habit); nested: 3.1, 3.1.1. */
    public enum Numbering { FLAT, NESTED }
}
