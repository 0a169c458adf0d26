package weft.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import weft.diagnostics.SourcePosition;
import weft.diagnostics.TextMap;

/**
 * A participant quote. Its text is untrusted (it comes from anonymous forums): it is only ever shown as text.
 *
 * @param translatedFrom language of the original utterance when {@code text} is a translation, else empty
 * @param excerpt        the part of the text the article prints, where the author cut it (the evidence keeps the whole)
 * @param reduced        the analyst's reduction of it (a reduced expression, a condensed meaning unit), where the data
 *                       has one: the analysis's step between the words and the sub-category
 * @param codes          the nodes the quote is coded to, in the order written
 * @param presented      whether the article presents it (false: evidence only)
 * @param participant    who said it, by participant id, where the study names participants
 * @param codings        each coder's codings of it ({@code qda.codings}), for the agreement between coders; the
 *                       nodes it is coded to in the study are {@code codes}
 * @param privacy        the kinds of identifier the privacy check finds in it that the author acknowledged
 * @param textAt         where the text is in its file, for the privacy check's positions
 * @param audience       who may read it: a build for a narrower audience leaves it out of every output
 * @param textAudience   who may read its whole text, where it has an excerpt: a build for a wider audience (the public)
 *                       shows the excerpt in its place, everywhere
 */
public record Quote(String id, String text, String translatedFrom, Optional<Original> original, Optional<Excerpt> excerpt,
                    Optional<Text> reduced, List<Ref> codes,
                    boolean presented, Optional<Ref> participant, Source source, List<Coding> codings,
                    List<Acknowledgement> privacy, TextMap textAt, Audience audience, Audience textAudience,
                    SourcePosition position) {

    /** One coder's coding of the quote to a node; {@code coder} is empty where the QDA file did not say who. */
    public record Coding(Ref node, String coder) {
    }

    /**
     * The quote in its original language, where the data has it; {@code excerpt} the part of it the article prints beside
     * the quote's excerpt (with {@code presentation.originals}).
     */
    public record Original(String text, String language, Optional<Excerpt> excerpt) {

        public Original(String text, String language) {
            this(text, language, Optional.empty());
        }

        /** The original's excerpt as an original of its own (what is shown of it beside the quote's excerpt), if any. */
        public Optional<Original> cut() {
            return excerpt.map(x -> new Original(x.text(), language, excerpt));
        }

        /** The original's lines (see {@link QuoteLines#of}). */
        public List<String> lines() {
            return QuoteLines.of(text);
        }
    }

    /** The words of its reduced expression, where it has one. */
    public Optional<String> reducedWords() {
        return reduced.map(Text::content);
    }

    /** The text's lines, as the participant's words were broken (see {@link QuoteLines#of}). */
    public List<String> lines() {
        return QuoteLines.of(text);
    }

    /** The text run in to a sentence, its lines joined by " / " (see {@link QuoteLines#runIn}). */
    public String runIn() {
        return QuoteLines.runIn(text);
    }

    /**
     * The quote as a build for {@code build} may show it: as it is, or, where its whole text is for a narrower audience,
     * its excerpt in place of the text (the original and the reduction, of the whole, left out).
     */
    public Quote shownTo(Audience build) {
        if (!isCutFor(build)) {
            return this;
        }
        Excerpt e = excerpt.get();
        // the original's excerpt alone, where it has one: the whole original would tell the words cut
        return new Quote(id, e.text(), translatedFrom, original.flatMap(Original::cut), excerpt, Optional.empty(), codes,
                presented, participant, source, codings, privacy, e.textAt(), audience, textAudience, position);
    }

    /** Whether a build for {@code build} shows the quote as its excerpt alone, its whole text for a narrower audience. */
    public boolean isCutFor(Audience build) {
        return excerpt.isPresent() && !build.sees(textAudience);
    }

    /**
     * The original wording the article prints beside the quote (with {@code presentation.originals}): the original's
     * excerpt where the quote is printed cut, else the whole original; empty where there is none, or where the quote is
     * cut and its original is not (the whole original would tell the words cut).
     */
    public Optional<Original> printedOriginal() {
        return excerpt.isEmpty() ? original : original.flatMap(Original::cut);
    }

    /** The lines the article prints: its excerpt's, else the text's. */
    public List<String> printedLines() {
        return excerpt.map(Excerpt::lines).orElseGet(this::lines);
    }

    /** What the article prints run in to a sentence: its excerpt, else the text. */
    public String printedRunIn() {
        return excerpt.map(Excerpt::runIn).orElseGet(this::runIn);
    }

    /**
     * Where the quote came from, or a plain statement that it is not recorded; {@code kind} is empty when not given;
     * {@code file} is the source document of a QDA project it was cut from (weft import), {@code recording} the audio
     * or video recording whose transcript that is, and {@code time} where in the recording it was said (as written);
     * {@code page} the page of the file it is on (0 when not given); {@code lines} the lines of the file's text it
     * spans, as written ({@code 45}, {@code 45–52}; empty when not given);
     * {@code written} each of those of {@link #TEXTS} it has, by field name, as text with where it is written (for the
     * privacy check's positions).
     */
    public record Source(boolean recorded, String note, Optional<SourceKind> kind, String thread, String message,
                         String url, String date, String file, String recording, String time, int page, String lines,
                         Map<String, Text> written) {

        /** The ends of {@code lines}: a number for a line ({@code 45}), two for a span ({@code 45-52}), or none. */
        public List<String> lineEnds() {
            return lines.isEmpty() ? List.of() : List.of(lines.split(" ?[\u2013-] ?"));
        }

        /** The fields of a source the evidence page prints as written text that could name someone, in this order. */
        public static final List<String> TEXTS = List.of("note", "thread", "message", "file", "recording");
    }
}
