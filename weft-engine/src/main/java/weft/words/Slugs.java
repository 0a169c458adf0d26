package weft.words;

import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * For the ASCII words of an id or an anchor made from a name or a heading ({@code Café & crème} → {@code cafe-creme}):
 * text in another script than the Latin one is first written in Latin letters by ICU's transliteration ({@code Семья} →
 * {@code sema}, {@code المشاركون} → {@code almsharkwn}, {@code 家庭} → {@code jia-ting}), so that a study in Russian,
 * Greek, Arabic, Hebrew or Chinese gets ids and anchors that say something; Latin text is left to the accents' removal
 * alone, as before, so that the anchors of a study in a Latin script never change.
 */
public final class Slugs {

    /** Any letter or digit outside the Latin script (the only text the transliterator is made for). */
    private static final Pattern OTHER_SCRIPT = Pattern.compile("[\\p{L}\\p{N}&&[^\\p{IsLatin}\\p{ASCII}]]");

    private static final Pattern SIGNS = Pattern.compile("['\u2019\u02b9\u02ba\u02bb\u02bc\"]");

    private Slugs() {
    }

    /**
     * The text with what is written in another script than the Latin one written in Latin letters; Latin text (and a
     * text with nothing else) as it is, for the caller to strip of its accents as it always has.
     */
    public static String latin(String text) {
        // the transliteration marks a soft sign or a glottal stop with an apostrophe or a prime: within a word, not a break
        return OTHER_SCRIPT.matcher(text).find() ? SIGNS.matcher(Latin.INSTANCE.of(text)).replaceAll("") : text;
    }

    /** ICU's transliterator, made the first time a text needs it (its rules take a moment to load). */
    private static final class Latin {

        static final Latin INSTANCE = new Latin();
        /** Only what is not Latin, Common (digits, punctuation) or Inherited (marks) is transliterated. */
        private final Transliterator transliterator =
                Transliterator.getInstance("[^[:Latin:][:Common:][:Inherited:]]; Any-Latin; Latin-ASCII");

        synchronized String of(String text) {
            return transliterator.transliterate(text);
        }
    }
}
