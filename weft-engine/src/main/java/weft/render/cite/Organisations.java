package weft.render.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Organisations written as BibTeX names without the double braces that keep them whole: BibTeX reads
 * {@code author = {World Health Organization}} as the person "Organization, World Health" (Vancouver: "Organization
 * WH"), and splits {@code National Institute for Health and Care Excellence} at its "and" into two people. A name
 * without a comma, of two words or more, one of which names a kind of organisation, is such a name (a heuristic: the
 * build warns, and prints what BibTeX reads).
 */
final class Organisations {

    /** Words that name a kind of organisation, in English and a few other languages of the studies Weft knows. */
    private static final Set<String> WORDS = Set.of("organization", "organisation", "institute", "institution",
            "association", "agency", "ministry", "council", "committee", "department", "society", "foundation",
            "centre", "center", "board", "office", "commission", "authority", "network", "federation", "union",
            "bureau", "services", "service", "university", "consortium", "collaboration", "group", "excellence",
            "institut", "ministerium", "verband", "gesellschaft", "organización", "organisación", "ministerio",
            "instituto", "ministère", "laitos", "ministeriö", "liitto", "myndighet", "styrelse");

    private Organisations() {
    }

    /** The names of a BibTeX {@code author} or {@code editor} value that look like organisations left unbraced. */
    static List<String> unbraced(String written) {
        List<String> found = new ArrayList<>();
        for (String name : names(written)) {
            String strip = name.strip();
            if (strip.isEmpty() || strip.startsWith("{") && strip.endsWith("}") || strip.indexOf(',') >= 0) {
                continue;
            }
            String[] words = strip.split("\\s+");
            if (words.length >= 2) {
                for (String word : words) {
                    if (WORDS.contains(word.replaceAll("[{}().]", "").toLowerCase(Locale.ROOT))) {
                        found.add(strip);
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** The person BibTeX makes of {@code name}: "Organization, World Health". */
    static String asPerson(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1] + ", " + String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
    }

    /** The names of a value, split at " and " outside braces, as BibTeX splits them. */
    private static List<String> names(String written) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String lower = written.toLowerCase(Locale.ROOT);
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && Character.isWhitespace(c) && lower.startsWith("and", i + 1) && i + 4 < written.length()
                    && Character.isWhitespace(written.charAt(i + 4))) {
                names.add(written.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        names.add(written.substring(start));
        return names;
    }
}
