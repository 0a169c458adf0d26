package weft.render.article;

import java.text.NumberFormat;
import java.util.Locale;

/** Formats the numbers prose inserts: grouped digits in the article's language, or words ("two") on request. */
final class NumberWords {

    private static final String[] ENGLISH = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty"};

    private final Locale locale;

    NumberWords(Locale locale) {
        this.locale = locale;
    }

    String format(long n, String option) {
        if (option.equals("words") && locale.getLanguage().equals("en") && n >= 0 && n < ENGLISH.length) {
            return ENGLISH[(int) n];
        }
        if (option.equals("Words") && locale.getLanguage().equals("en") && n >= 0 && n < ENGLISH.length) {
            return Character.toUpperCase(ENGLISH[(int) n].charAt(0)) + ENGLISH[(int) n].substring(1);
        }
        return NumberFormat.getIntegerInstance(locale).format(n);
    }
}
