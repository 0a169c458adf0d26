package weft.render.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of a table of the participants, comma-separated, each at most once: one word of the directive's own
 * ({@code groups} of {@code {{characteristics}}}, {@code quotes} of {@code {{crosstab}}}) and {@code bands-N}, a
 * numeric attribute counted in bands N wide (0 for none).
 */
record TableOptions(boolean word, int band) {

    private static final Pattern BANDS = Pattern.compile("bands-([1-9]\\d{0,3})");

    /** The options written after {@code |}; empty when one of them is neither {@code word} nor bands-N, or is repeated. */
    static Optional<TableOptions> parse(String option, String word) {
        boolean named = false;
        int band = 0;
        for (String part : option.isBlank() ? new String[0] : option.split(",", -1)) {
            String w = part.strip();
            Matcher m = BANDS.matcher(w);
            if (w.equals(word) && !named) {
                named = true;
            } else if (m.matches() && band == 0) {
                band = Integer.parseInt(m.group(1));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new TableOptions(named, band));
    }
}
