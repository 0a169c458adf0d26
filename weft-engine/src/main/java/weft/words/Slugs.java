package weft.words;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
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

    /** The longest id Weft makes from a name. */
    public static final int MAX_ID = 64;

    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5",
            "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Slugs() {
    }

    /**
     * An id made from a name: "Diet Coke & café" → "diet-coke-cafe", "Семья" → "semya" (another script written in Latin
     * letters first), at most {@link #MAX_ID} characters; {@code fallback} where the name has no letter or digit, and
     * after a name Windows reserves for a device ("con-code").
     */
    public static String id(String name, String fallback) {
        String ascii = Normalizer.normalize(latin(name), Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = cut(ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""), MAX_ID);
        if (slug.isEmpty()) {
            return fallback;
        }
        return RESERVED.contains(slug) ? slug + "-" + fallback : slug;
    }

    /** An id cut to at most {@code max} characters, at a hyphen in its second half where it has one. */
    public static String cut(String id, int max) {
        if (id.length() <= max) {
            return id;
        }
        String cut = id.substring(0, max);
        int hyphen = cut.lastIndexOf('-');
        return (hyphen > max / 2 ? cut.substring(0, hyphen) : cut).replaceAll("-+$", "");
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
