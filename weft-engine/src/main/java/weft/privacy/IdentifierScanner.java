package weft.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like an identifier in a text. Patterns err towards finding: a finding is a question to the
 * author, who answers it by replacing the text or acknowledging it. Bounded patterns only (no nested repetition), so
 * that the scan stays linear on hostile text.
 */
public final class IdentifierScanner {

    /** A finding: its kind and where it is in the text scanned. */
    public record Finding(Identifier kind, int start, int end) {
    }

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){1,8}");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]{2,2000}");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\\p{L}\\p{N}_@])");
    /** Eight to fifteen digits, with spaces, dots, dashes or brackets between them, maybe after a +. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d(?:[\\d ().-]{6,22})\\d(?![\\p{L}\\p{N}])");
    /** Digits that are a date or a span of years, not a phone number: 2021-04-29, 2016-2020, 1.2.2021. */
    private static final Pattern NOT_A_PHONE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|(?:19|20)\\d{2} ?[-.] ?(?:19|20)\\d{2}"
            + "|\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d{2}");
    /**
     * UK (SW1A 1AA), US (CA 94103, 94103-1234 after a state) and the five digits before a place name (00100 Helsinki),
     * written 3 + 2 as in Sweden (114 55 Stockholm).
     */
    private static final Pattern POSTCODE = Pattern.compile("\\b(?:[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|[A-Z]{2} \\d{5}(?:-\\d{4})?"
            + "|(?:\\d{5}(?:-\\d{4})?|\\d{3} \\d{2}) (?=\\p{Lu}\\p{Ll}{2,}))\\b");
    /**
     * A number and a street word (12 Baker Street, 12 rue de la Paix), a street word, a name and a number (Rua Augusta
     * 24, Calle de Alcalá, 23), or a street name of one word and a number (Mannerheimintie 12, Hauptstraße 5).
     */
    private static final Pattern ADDRESS = Pattern.compile("\\b\\d{1,5}[a-zA-Z]? (?:\\p{Lu}[\\p{L}'-]{1,30} ){1,3}"
            + "(?:Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Lane|Drive|Boulevard|Way|Place|Square)\\b"
            + "|\\b\\d{1,5}(?: ?(?:bis|ter))?,? (?:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|route) "
            + "(?:[\\p{L}'’-]{1,30} ){0,3}[\\p{L}'’-]{1,30}"
            + "|\\b(?:Rua|Avenida|Travessa|Calle|C/|Av\\.|Plaza|Paseo|Camino|Carrer|Ronda) (?:[\\p{L}'-]{1,30} ){0,3}[\\p{L}'-]{1,30},?"
            + " \\d{1,5}\\b"
            + "|\\b\\p{Lu}\\p{Ll}{1,30}(?:katu|tie|kuja|polku|väylä|raitti|straße|Straße|strasse|str\\.|weg|platz|allee|gasse|damm"
            + "|gatan|vägen|gate|veien) \\d{1,4}\\b");
    private static final String DAY_MONTH_YEAR = "(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)?\\d{2}|\\d{1,2}(?:st|nd|rd|th|\\.)? \\p{L}{3,12} (?:19|20)\\d{2}"
            + "|\\d{1,2} de \\p{L}{3,12} de (?:19|20)\\d{2}"
            + "|\\p{L}{3,12} \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})";
    private static final Pattern BIRTH_DATE = Pattern.compile("(?i)\\b(?:born(?: on)?|b\\.|date of birth|d\\.o\\.b\\.?|dob|birthday(?: is)?"
            + "|syntynyt|syntyi|s\\.|nascid[oa](?: em)?|nasci(?: em)?|geboren(?: am)?|geb\\.|geburtsdatum|nacid[oa](?: el)?"
            + "|fecha de nacimiento|née?(?: le)?|date de naissance|född(?: den)?|födelsedatum)[: ]{0,3}" + DAY_MONTH_YEAR);

    private final List<Pattern> names;

    /** A scanner that also finds each of {@code names} (whole words, any case). */
    public IdentifierScanner(List<String> names) {
        List<Pattern> list = new ArrayList<>();
        for (String name : names) {
            String n = name.strip();
            if (!n.isEmpty()) {
                list.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        this.names = List.copyOf(list);
    }

    /** The findings in {@code text}, in the order of the text; where two overlap, the first found is kept. */
    public List<Finding> scan(String text) {
        List<Finding> found = new ArrayList<>();
        // a pattern that needs a character the text lacks is not run: e-mail addresses and handles need an @, and
        // birth dates, phone numbers, postcodes and addresses an ASCII digit (an e-mail address's pattern, tried at
        // every position of a long text without one, was most of a large study's privacy check)
        boolean at = text.indexOf('@') >= 0;
        boolean digit = text.chars().anyMatch(c -> c >= '0' && c <= '9');
        if (at) {
            add(found, EMAIL, Identifier.EMAIL, text);
        }
        add(found, URL, Identifier.URL, text);
        if (at) {
            add(found, HANDLE, Identifier.HANDLE, text);
        }
        if (digit) {
            add(found, BIRTH_DATE, Identifier.BIRTH_DATE, text);
            Matcher phone = PHONE.matcher(text);
            while (phone.find()) {
                String digits = phone.group().replaceAll("\\D", "");
                if (digits.length() >= 8 && digits.length() <= 15 && !NOT_A_PHONE.matcher(phone.group().strip()).matches()) {
                    addIfFree(found, new Finding(Identifier.PHONE, phone.start(), phone.end()));
                }
            }
            add(found, POSTCODE, Identifier.POSTCODE, text);
            add(found, ADDRESS, Identifier.ADDRESS, text);
        }
        for (Pattern name : names) {
            add(found, name, Identifier.NAME, text);
        }
        found.sort(Comparator.comparingInt(Finding::start));
        return List.copyOf(found);
    }

    private static void add(List<Finding> found, Pattern pattern, Identifier kind, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            addIfFree(found, new Finding(kind, m.start(), m.end()));
        }
    }

    private static void addIfFree(List<Finding> found, Finding f) {
        if (found.stream().noneMatch(g -> f.start() < g.end() && g.start() < f.end())) {
            found.add(f);
        }
    }

    /** Lower-case key of a kind, for messages. */
    static String key(Identifier kind) {
        return kind.written().toLowerCase(Locale.ROOT);
    }
}
