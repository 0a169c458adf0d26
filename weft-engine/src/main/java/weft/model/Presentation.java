package weft.model;

import java.util.List;
import weft.diagnostics.SourcePosition;

/**
 * How the article is laid out: numbering of the results headings, heading depth, citation style (a CSL style
 * name, with {@code citationStyleAt} where it is written, for diagnostics), date, how a quote's participant is
 * printed, and whether each participant gets an evidence page (off unless asked for: re-identification risk).
 * {@code numberFormat} holds a pattern per heading level ("Theme {1}", "{1}.{2}"), empty for the numbering of
 * {@code resultsNumbering}; the coding frame's table and figure are numbered from {@code firstTable} and
 * {@code firstFigure}; the figure draws {@code figureLevels} levels, root first. {@code changesSince} is the revision of the study's git repository (e.g. the submitted
 * version's tag) whose coding the evidence site compares with; empty for none. {@code lineNumbers}: the PDF's and
 * the Word document's lines are numbered, as journals ask of a manuscript under review; {@code titlePage}: a named
 * build writes the title page apart, as journals with double-anonymous review ask it beside the anonymised manuscript;
 * {@code tablesAndFiguresAtEnd}: the Word document's numbered tables and figures follow its references, a callout
 * where each stood, as many journals ask of a submission; {@code evidencePdf}: the evidence is also written as one PDF,
 * for a journal's supplementary material; {@code lineSpacing}: the Word document's text spaced
 * {@code single}, {@code 1.5} (Weft's own) or {@code double} lines, as a journal asks of a manuscript; {@code wordLimits}: the journal's limits on the
 * abstract's and the main text's words, which the build checks.
 * {@code numberedExtracts}: the quotes the article sets apart as block quotations are numbered as extracts
 * ("Extract 1") in print order, and prose refers to one by {@code {{ref:quote-ID}}}; {@code extractLines}: each line of
 * a block quotation is numbered (01, 02 …), as conversation analysts number a transcript's lines; {@code originals}: a
 * translated quote's original wording is printed after the translation ({@code originals: after}).
 */
public record Presentation(Numbering resultsNumbering, int headingLevels, String citationStyle,
                           SourcePosition citationStyleAt, String date, QuoteAttribution quoteAttribution,
                           SourcePosition quoteAttributionAt, boolean participantPages, List<String> numberFormat,
                           List<SourcePosition> numberFormatAt, int firstTable, int firstFigure, int figureLevels,
                           String changesSince, SourcePosition changesSinceAt, boolean lineNumbers, boolean titlePage,
                           boolean tablesAndFiguresAtEnd, boolean evidencePdf, String lineSpacing,
                           WordLimits wordLimits, boolean numberedExtracts, boolean extractLines, boolean originals) {

    /** The deepest figure: below it the columns would be too narrow to read. */
    public static final int MAX_FIGURE_LEVELS = 5;

    /** flat: 3.1, 3.2, 3.3 for every heading node (the journal's habit); nested: 3.1, 3.1.1. */
    public enum Numbering { FLAT, NESTED }

    /**
     * A journal's limits on words: the abstract's and the main text's ({@code 0}: none), each with where study.yaml
     * gives it, for the warning of a text over it.
     */
    public record WordLimits(int abstractWords, SourcePosition abstractAt, int text, SourcePosition textAt) {

        public static final WordLimits NONE = new WordLimits(0, null, 0, null);

        public boolean any() {
            return abstractWords > 0 || text > 0;
        }
    }

    /** The placeholder of the results section's number in a {@code numberFormat} pattern. */
    public static final String SECTION_PLACEHOLDER = "s";
}
