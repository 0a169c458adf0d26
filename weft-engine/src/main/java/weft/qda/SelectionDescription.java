package weft.qda;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.model.Quote;

/**
 * The {@code <Description>} {@code weft export} gives a quote's selection, and what {@code weft import} reads back from
 * it: "Weft quote 'same-table'; reduced expression: eating together", so that a reduced expression goes to a co-author's
 * QDA tool with its quote (shown there as the selection's comment) and comes back with it, re-worded there or not.
 */
final class SelectionDescription {

    private static final String TRANSLATED = " (the text as the study publishes it)";
    private static final String REDUCED = "; reduced expression: ";
    private static final Pattern WRITTEN = Pattern.compile("Weft quote '[^'\\n]*'(?:, translated from [^;\\n]*"
            + Pattern.quote(TRANSLATED) + ")?(?:" + Pattern.quote(REDUCED) + "(.*))?", Pattern.DOTALL);

    private SelectionDescription() {
    }

    /**
     * The description of {@code q}'s selection: in a study whose import took the QDA tool's comments for reduced
     * expressions ({@code comments}), its reduced expression alone, as the team's tool had it, where it has one.
     */
    static String of(Quote q, SelectionComments comments) {
        if (comments == SelectionComments.REDUCED && q.reducedWords().isPresent()) {
            return q.reducedWords().get();
        }
        return "Weft quote '" + q.id() + "'" + (q.translatedFrom().isBlank() ? "" : ", translated from " + q.translatedFrom()
                + TRANSLATED) + q.reducedWords().map(r -> REDUCED + r).orElse("");
    }

    /**
     * The reduced expression {@code description} holds where it is one {@code weft export} wrote (empty text where that
     * gives none); empty where it is none of Weft's (a QDA tool's comment on the selection).
     */
    static Optional<String> reduced(String description) {
        Matcher m = WRITTEN.matcher(description);
        return m.matches() ? Optional.of(m.group(1) == null ? "" : m.group(1).strip()) : Optional.empty();
    }
}
