package weft.render.cite;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.jbibtex.Value;

/**
 * LaTeX's accented and special letters in a BibTeX value, written as the Unicode letters they stand for, before
 * citeproc-java's converter reads the entry. Its LaTeX reader (jbibtex's) knows the common accents written one way
 * only: it turned {@code Lindstr\"{o}m} into "Lindstr", {@code Mar{\'\i}a} into "Mara", {@code {\L}ukasz} into "ukasz"
 * (a name particle), {@code Ke{\c{c}}eci} into "Kececi" and {@code Nguy{\~{\^e}}n} into "Nguyen", and a tie
 * ({@code J.~R.}) broke the name it was in: the reference list would print names nobody has. Written as letters, the
 * converter's own reading has nothing left to get wrong. No Java library that is kept up does this alone; the table
 * is LaTeX's own (the text accents and special letters of its base font encodings).
 *
 * <p>Converted: the accents {@code \' \` \^ \" \~ \= \.} and the letters u, v, H, c, k, r, d, b and t after a
 * backslash, their argument a letter, {@code \i}, {@code \j} or a braced group (accents may stack: {@code \~{\^e}} is ễ); the letters {@code \i \j
 * \l \L \o \O \ae \AE \oe \OE \aa \AA \ss \dh \DH \th \TH \ng \NG \dj \DJ}; a tie {@code ~} and {@code \ } as a space,
 * {@code \,} as a thin space, {@code \-} (a hyphenation point) as nothing. Everything else is left as written for the
 * converter (braces, {@code \&}, {@code \textit{…}}, dashes). Addresses are never touched: {@code url}, {@code doi},
 * {@code eprint} and {@code file}, where {@code ~} is a character of the address, nor the argument of the commands url,
 * href, path and nolinkurl elsewhere.</p>
 */
final class LatexLetters {

    /** Fields whose value is an address or an identifier, read as written. */
    private static final Set<String> VERBATIM = Set.of("url", "doi", "eprint", "file");

    /** Commands whose argument is an address, copied as written. */
    private static final Set<String> ADDRESSES = Set.of("url", "href", "path", "nolinkurl");

    /** The combining mark of each accent command. */
    private static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("'", '\u0301'), Map.entry("`", '\u0300'), Map.entry("^", '\u0302'), Map.entry("\"", '\u0308'),
            Map.entry("~", '\u0303'), Map.entry("=", '\u0304'), Map.entry(".", '\u0307'), Map.entry("u", '\u0306'),
            Map.entry("v", '\u030C'), Map.entry("H", '\u030B'), Map.entry("c", '\u0327'), Map.entry("k", '\u0328'),
            Map.entry("r", '\u030A'), Map.entry("d", '\u0323'), Map.entry("b", '\u0331'), Map.entry("t", '\u0361'));

    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("i", "\u0131"), Map.entry("j", "\u0237"), Map.entry("l", "\u0142"), Map.entry("L", "\u0141"),
            Map.entry("o", "\u00F8"), Map.entry("O", "\u00D8"), Map.entry("ae", "\u00E6"), Map.entry("AE", "\u00C6"),
            Map.entry("oe", "\u0153"), Map.entry("OE", "\u0152"), Map.entry("aa", "\u00E5"), Map.entry("AA", "\u00C5"),
            Map.entry("ss", "\u00DF"), Map.entry("dh", "\u00F0"), Map.entry("DH", "\u00D0"), Map.entry("th", "\u00FE"),
            Map.entry("TH", "\u00DE"), Map.entry("ng", "\u014B"), Map.entry("NG", "\u014A"), Map.entry("dj", "\u0111"),
            Map.entry("DJ", "\u0110"));

    private LatexLetters() {
    }

    /** Rewrites each field of {@code entry} but the addresses with its LaTeX letters as Unicode letters. */
    static void inFields(BibTeXEntry entry) {
        List<Map.Entry<Key, Value>> fields = new ArrayList<>(entry.getFields().entrySet());
        for (Map.Entry<Key, Value> field : fields) {
            if (VERBATIM.contains(field.getKey().getValue().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            String written = field.getValue().toUserString();
            String letters = of(written);
            if (!letters.equals(written)) {
                entry.addField(field.getKey(), new StringValue(letters, StringValue.Style.BRACED));
            }
        }
    }

    /** {@code latex} with its accented and special letters as Unicode letters (NFC), the rest as written. */
    static String of(String latex) {
        if (latex.indexOf('\\') < 0 && latex.indexOf('~') < 0) {
            return latex;
        }
        StringBuilder out = new StringBuilder(latex.length());
        int i = 0;
        while (i < latex.length()) {
            char c = latex.charAt(i);
            if (c == '~') {
                out.append(' ');
                i++;
            } else if (c == '{') {
                // {\"o} is the letter alone: citeproc-java's name reader cuts Garc{í}a to "Garc"
                int close = closing(latex, i);
                String letter = letterGroup(latex, i, close);
                out.append(letter == null ? "{" : letter);
                i = letter == null ? i + 1 : close + 1;
            } else if (c == '\\' && i + 1 < latex.length()) {
                i = command(latex, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * The letter the group from {@code open} to {@code close} holds when it is one command making one letter
     * ({@code {\"o}}); else null.
     */
    private static String letterGroup(String s, int open, int close) {
        if (close < 0 || open + 1 >= close || s.charAt(open + 1) != '\\') {
            return null;
        }
        String letter = of(s.substring(open + 1, close));
        return !letter.isEmpty() && isOneLetter(letter) ? letter : null;
    }

    /** Writes the command at {@code start} (a backslash) to {@code out}, converted where it is a letter; the index after it. */
    private static int command(String s, int start, StringBuilder out) {
        int nameEnd = start + 1;
        if (isAsciiLetter(s.charAt(nameEnd))) {
            while (nameEnd < s.length() && isAsciiLetter(s.charAt(nameEnd))) {
                nameEnd++;
            }
        } else {
            nameEnd++;
        }
        String name = s.substring(start + 1, nameEnd);
        boolean word = isAsciiLetter(name.charAt(0));
        if (ADDRESSES.contains(name) && nameEnd < s.length() && s.charAt(nameEnd) == '{' && closing(s, nameEnd) > 0) {
            int end = closing(s, nameEnd) + 1; // an address as written: its ~ is a character of it
            out.append(s, start, end);
            return end;
        }
        switch (name) {
            case ",":
                out.append('\u2009');
                return nameEnd;
            case " ":
                out.append(' ');
                return nameEnd;
            case "-":
                return nameEnd;
            default:
                break;
        }
        Character mark = ACCENTS.get(name);
        if (mark != null) {
            int argStart = word ? skipSpaces(s, nameEnd) : nameEnd;
            Argument argument = argument(s, argStart);
            if (argument != null) {
                out.append(Normalizer.normalize(argument.letter() + mark, Normalizer.Form.NFC));
                return argument.end();
            }
        }
        String letter = LETTERS.get(name);
        if (letter != null && (nameEnd >= s.length() || !isAsciiLetter(s.charAt(nameEnd)))) {
            out.append(letter);
            return nameEnd < s.length() && s.charAt(nameEnd) == ' ' ? nameEnd + 1 : nameEnd; // a word eats its space
        }
        out.append(s, start, nameEnd); // not a letter: the converter's to read (an ampersand, textit, url …)
        return nameEnd;
    }

    /** An accent's argument: the letter it goes on, and where the argument ends. */
    private record Argument(String letter, int end) {
    }

    /** The accent's argument at {@code at}: a letter, {@code \i}, {@code \j}, or a group holding one; else null. */
    private static Argument argument(String s, int at) {
        if (at >= s.length()) {
            return null;
        }
        char c = s.charAt(at);
        if (c == '{') {
            int close = closing(s, at);
            if (close < 0) {
                return null;
            }
            String inner = s.substring(at + 1, close).strip();
            String letter = dotless(inner).orElse(of(inner));
            return letter.codePointCount(0, letter.length()) >= 1 && isOneLetter(letter) ? new Argument(letter, close + 1) : null;
        }
        if (c == '\\') {
            int end = at + 2;
            java.util.Optional<String> letter = end <= s.length() ? dotless(s.substring(at, end)) : java.util.Optional.empty();
            return letter.isPresent() && (end == s.length() || !isAsciiLetter(s.charAt(end))) ? new Argument(letter.get(), end) : null;
        }
        return Character.isLetter(c) ? new Argument(String.valueOf(c), at + 1) : null;
    }

    /** {@code \i} and {@code \j} under an accent: the accent takes the dot's place, so the letter is i or j. */
    private static java.util.Optional<String> dotless(String command) {
        return switch (command) {
            case "\\i" -> java.util.Optional.of("i");
            case "\\j" -> java.util.Optional.of("j");
            default -> java.util.Optional.empty();
        };
    }

    /** One base letter with any combining marks after it. */
    private static boolean isOneLetter(String s) {
        int first = s.codePointAt(0);
        if (!Character.isLetter(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++; // an escaped brace is no brace
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(String s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
