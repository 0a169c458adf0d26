package weft.model;

import weft.diagnostics.SourcePosition;

/**
 * How the article is laid out: numbering of the results headings, heading depth, citation style (a CSL style
 * name, with {@code citationStyleAt} where it is written, for diagnostics), date, how a quote's participant is
 * printed, and whether each participant gets an evidence page (off unless asked for: re-identification risk).
 */
public record Presentation(Numbering resultsNumbering, int headingLevels, String citationStyle,
                           SourcePosition citationStyleAt, String date, QuoteAttribution quoteAttribution,
                           SourcePosition quoteAttributionAt, boolean participantPages) {

    /** flat: 3.1, 3.2, 3.3 for every heading node (the journal's habit); nested: 3.1, 3.1.1. */
    public enum Numbering { FLAT, NESTED }
}
