package weft.words;

import com.ibm.icu.util.ULocale;

/**
 * The direction a language is written in, as the HTML {@code dir} attribute names it: {@code rtl} for Arabic, Hebrew,
 * Persian, Urdu and the other languages whose likely script runs right to left (ICU's likely subtags, so {@code ar},
 * {@code fa-IR} and {@code ur} are, and {@code az-Arab} is where {@code az} is not), {@code ltr} for any other.
 */
public final class Direction {

    public static final String RTL = "rtl";
    public static final String LTR = "ltr";

    private Direction() {
    }

    /** {@code rtl} or {@code ltr} for a BCP 47 tag; {@code ltr} for a blank one. */
    public static String of(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return LTR;
        }
        return ULocale.forLanguageTag(languageTag).isRightToLeft() ? RTL : LTR;
    }

    /**
     * The direction of a text as {@code dir="auto"} takes it: that of its first letter that has one (Unicode's
     * bidirectional algorithm, ICU's); empty for a text without one (digits and punctuation alone).
     */
    public static java.util.Optional<String> ofText(String text) {
        byte direction = com.ibm.icu.text.Bidi.getBaseDirection(text);
        return direction == com.ibm.icu.text.Bidi.NEUTRAL ? java.util.Optional.empty()
                : java.util.Optional.of(direction == com.ibm.icu.text.Bidi.RTL ? RTL : LTR);
    }

    /** Whether {@code languageTag} is written right to left. */
    public static boolean isRightToLeft(String languageTag) {
        return RTL.equals(of(languageTag));
    }
}
