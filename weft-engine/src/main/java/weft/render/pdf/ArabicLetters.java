package weft.render.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

/**
 * Arabic letters joined as a word writes them: each letter in its contextual form (initial, medial, final, isolated)
 * and lam with alef as one ligature, by ICU's shaping to the presentation forms, in logical order. The PDF's text is
 * shaped so by openhtmltopdf's ICU reorderer; the figure's words are shaped here before Batik draws them.
 */
public final class ArabicLetters {

    private static final int OPTIONS = ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LENGTH_GROW_SHRINK;

    /** The Arabic block's first code point: no Arabic letter comes before it (the common text is then not looked up). */
    private static final int FIRST_ARABIC = 0x0600;

    /** Whether a text has Arabic letters not yet shaped (presentation forms are left as they are). */
    public static boolean has(String text) {
        return text.codePoints().anyMatch(cp -> cp >= FIRST_ARABIC && cp < 0xFB50
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    /** The text with its Arabic letters joined; other characters as they are. */
    public static String join(String text) {
        try {
            return new ArabicShaping(OPTIONS).shape(text);
        } catch (ArabicShapingException e) {
            return text; // ICU throws only when a fixed length cannot hold the result, which LENGTH_GROW_SHRINK never asks for
        }
    }

    private ArabicLetters() {
    }
}
