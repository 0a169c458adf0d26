package weft.prose;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Pandoc's fancy lists: lists numbered with letters ({@code a.}, {@code b)}, {@code A.}) or roman numerals
 * ({@code i.}, {@code II)}), markers in parentheses ({@code (a)}, {@code (1)}), and {@code #.} for a number left to the
 * list. CommonMark knows {@code 1.} and {@code 1)} alone, so such a list would be one paragraph of its items' words.
 *
 * <p>As Pandoc reads them: a list begins after a blank line (or on the line after an item, nested in it); its first
 * marker gives its kind ({@code i} and {@code I} are roman, any other single letter a letter, longer roman numerals
 * roman) and its first number; the items after it are markers of the same kind, delimiter and parentheses; a capital
 * letter or a one-letter roman numeral followed by a period needs two spaces after it ({@code B. Russell} is a name).
 * Example lists ({@code (@)}) come here already written as CommonMark's numbered items ({@link ExampleLists}).
 *
 * <p>Before the Markdown is parsed, each item's marker becomes a CommonMark marker of the same width ({@code (iv) } as
 * {@code 1)   }), so offsets stay the text's and every item's content begins in its column; after, each list so marked
 * gets its numbering ({@code type}, {@code start}, and a class the print style sheet reads).
 */
final class FancyLists {

    /** A list's marker after its indent: an opening parenthesis or none, the number, the delimiter, spaces, content. */
    private static final Pattern MARKER = Pattern.compile(
            "(\\(?)(#|[0-9]{1,9}|[a-zA-Z]|[ivxlcdm]{2,9}|[IVXLCDM]{2,9})([.)])( +)(?=\\S)");
    /** A bullet or a CommonMark number, which a fancy list may be nested in. */
    private static final Pattern NATIVE = Pattern.compile("([-*+]|[0-9]{1,9}[.)])( {1,4})(?=\\S)");
    /** A line that holds a list's marker at its start: the quick test before any work. */
    private static final Pattern ANY = Pattern.compile("(?m)^ *\\(?(?:#|[a-zA-Z]{1,9}|[0-9]{1,9})[.)] ");

    /** A numbering's HTML type and its CSS list-style-type, after which the print style sheet's list classes are named. */
    private static final Map<String, String> STYLES = Map.of("a", "lower-alpha", "A", "upper-alpha", "i", "lower-roman",
            "I", "upper-roman", "1", "decimal");

    /** The class the print style sheet numbers a list of HTML type {@code type} by ("list-lower-alpha"). */
    static String cssClass(String type) {
        return "list-" + STYLES.getOrDefault(type, "decimal");
    }

    /** The HTML type of a CSS list-style-type ("lower-roman": "i"); "1" for any other. */
    static String typeOfStyle(String listStyle) {
        return STYLES.entrySet().stream().filter(e -> e.getValue().equals(listStyle)).map(Map.Entry::getKey).findFirst()
                .orElse("1");
    }

    /** How a marked list is numbered: its HTML type (a, A, i, I, 1), its first number, and the class for print. */
    record Numbering(String type, int start, int markerEnd, String delimiter) {
        String cssClass() {
            return FancyLists.cssClass(type);
        }
    }

    /** The Markdown with its fancy lists' markers made CommonMark's, and each such list's numbering by its line. */
    record Marked(String markdown, NavigableMap<Integer, Numbering> lists) {
    }

    /** An open list while the text is read: where its markers stand, where its items' content begins, its kind. */
    private static final class Open {
        final int indent;
        int content;
        final String kind; // "alpha", "ALPHA", "roman", "ROMAN", "decimal", "default", or a native marker's kind
        final String written; // the delimiter its markers are written with
        final boolean parenthesised;
        final boolean fancy;
        /** The delimiter its items have in the Markdown handed to CommonMark (a bullet for a bulleted list). */
        final char delimiter;

        Open(int indent, int content, String kind, String written, boolean parenthesised, boolean fancy, char delimiter) {
            this.indent = indent;
            this.content = content;
            this.kind = kind;
            this.parenthesised = parenthesised;
            this.fancy = fancy;
            this.written = written;
            this.delimiter = delimiter;
        }
    }

    private FancyLists() {
    }

    /** The Markdown with its fancy lists marked; offsets unchanged. */
    static Marked mark(String markdown) {
        NavigableMap<Integer, Numbering> lists = new TreeMap<>();
        if (!ANY.matcher(markdown).find()) {
            return new Marked(markdown, lists);
        }
        String text = PandocSyntax.blankCode(markdown);
        StringBuilder out = new StringBuilder(markdown);
        Deque<Open> open = new ArrayDeque<>();
        boolean previousBlank = true;
        boolean previousItem = false; // the line before is an item's first line
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            if (line.isBlank()) {
                previousBlank = true;
                previousItem = false;
                start = end + 1;
                continue;
            }
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            String rest = line.substring(indent);
            Matcher fancy = MARKER.matcher(rest);
            Matcher plain = NATIVE.matcher(rest);
            boolean isNative = plain.lookingAt(); // CommonMark's own: 1. 1) - * +
            boolean isFancy = !isNative && fancy.lookingAt() && validMarker(fancy);
            Open closed = null; // the last list this line closed
            while (!open.isEmpty()) {
                Open top = open.peek();
                if (indent >= top.content || isFancy && sibling(top, fancy, indent)
                        || isNative && !top.fancy && indent < top.content && indent + 3 >= top.indent
                        && top.kind.equals(nativeKind(plain))
                        || !previousBlank && !isFancy && !isNative) {
                    break;
                }
                closed = open.pop();
            }
            // a list right after one closed by its first marker must not have that list's CommonMark delimiter, or the
            // two would be one list: a roman list after a list of letters, a list of CommonMark's after either
            char after = closed != null && (isFancy || isNative) ? closed.delimiter : 0;
            Open top = open.peek();
            if (isFancy && top != null && sibling(top, fancy, indent)) {
                if (top.fancy) {
                    rewrite(out, start + indent, fancy, top.delimiter);
                }
                top.content = indent + fancy.end();
            } else if (isFancy && startsList(previousBlank, previousItem, top, indent)) {
                String kind = kind(fancy);
                lists.put(start, new Numbering(type(kind), number(fancy.group(2), kind), start + indent + fancy.end(),
                        !fancy.group(1).isEmpty() ? ProseRenderer.LIST_PARENS : fancy.group(3).equals(")") ? ProseRenderer.LIST_PAREN
                                : ""));
                char delimiter = other(fancy.group(3).charAt(0), after);
                rewrite(out, start + indent, fancy, delimiter);
                open.push(new Open(indent, indent + fancy.end(), kind, fancy.group(3), !fancy.group(1).isEmpty(), true,
                        delimiter));
            } else if (isNative && (top == null || indent >= top.content)) {
                char written = plain.group(1).charAt(plain.group(1).length() - 1);
                char delimiter = closed != null && closed.fancy ? other(written, after) : written;
                open.push(new Open(indent, indent + plain.end(), nativeKind(plain), "", false, false, delimiter));
                out.setCharAt(start + indent + plain.group(1).length() - 1, delimiter);
            } else if (isNative) {
                top.content = indent + plain.end(); // the next item of a list of CommonMark's
                out.setCharAt(start + indent + plain.group(1).length() - 1, top.delimiter);
            }
            previousItem = isFancy || isNative;
            previousBlank = false;
            start = end + 1;
        }
        return new Marked(lists.isEmpty() ? markdown : out.toString(), lists);
    }

    /**
     * Each list of {@code body} that {@link #mark} marked, by its offset in the Markdown: numbered as written. A list's
     * element carries its offset ({@code offsets}, from the converter).
     */
    static void apply(Element body, Map<Element, Integer> offsets, NavigableMap<Integer, Numbering> lists) {
        if (lists.isEmpty()) {
            return;
        }
        for (Element ol : body.select("ol")) {
            Integer at = offsets.get(ol);
            Map.Entry<Integer, Numbering> list = at == null ? null : lists.floorEntry(at);
            if (list == null || at > list.getValue().markerEnd()) {
                continue;
            }
            Numbering numbering = list.getValue();
            ol.attr("type", numbering.type()).addClass(numbering.cssClass());
            if (!numbering.delimiter().isEmpty()) { // (a) or a): the style sheets and Word print the markers so
                ol.addClass(numbering.delimiter());
            }
            if (numbering.start() == 1) {
                ol.removeAttr("start");
            } else {
                ol.attr("start", Integer.toString(numbering.start()));
            }
        }
    }

    /** Whether a list may begin here: after a blank line at most three spaces in, or nested in an item. */
    private static boolean startsList(boolean previousBlank, boolean previousItem, Open top, int indent) {
        if (top == null) {
            return previousBlank && indent <= 3;
        }
        return (previousBlank || previousItem) && indent >= top.content && indent <= top.content + 3;
    }

    private static boolean sibling(Open top, Matcher marker, int indent) {
        if (indent >= top.content || indent + 3 < top.indent || !top.fancy) {
            return false;
        }
        if (!marker.group(3).equals(top.written) || marker.group(1).isEmpty() == top.parenthesised) {
            return false;
        }
        String number = marker.group(2);
        return switch (top.kind) {
            case "alpha" -> number.matches("[a-z]");
            case "ALPHA" -> number.matches("[A-Z]") && spacedEnough(marker);
            case "roman" -> roman(number) > 0 && number.equals(number.toLowerCase(java.util.Locale.ROOT));
            case "ROMAN" -> roman(number) > 0 && number.equals(number.toUpperCase(java.util.Locale.ROOT))
                    && spacedEnough(marker);
            case "decimal" -> number.matches("[0-9]+");
            default -> number.equals("#");
        };
    }

    /** Whether a marker can be one: a capital's period needs two spaces, a longer roman numeral must be one. */
    private static boolean validMarker(Matcher marker) {
        String number = marker.group(2);
        if (!marker.group(1).isEmpty() && !marker.group(3).equals(")")) {
            return false; // "(a." is no marker
        }
        if (number.matches("[0-9]+") && marker.group(1).isEmpty()) {
            return false; // CommonMark's, or a number with five spaces after it: code
        }
        if (number.length() > 1 && !number.matches("[0-9]+") && roman(number) <= 0) {
            return false;
        }
        return spacedEnough(marker);
    }

    /** Pandoc's rule: a capital letter (or I, V, X, L, C, D, M) then a period needs two spaces: "B. Russell" is a name. */
    private static boolean spacedEnough(Matcher marker) {
        String number = marker.group(2);
        boolean capital = number.length() == 1 && Character.isUpperCase(number.charAt(0));
        return !(capital && marker.group(3).equals(".")) || marker.group(4).length() >= 2;
    }

    /** The kind of a list's first marker (a number is in parentheses: without, it is CommonMark's own). */
    private static String kind(Matcher marker) {
        String number = marker.group(2);
        if (number.equals("#")) {
            return "default";
        }
        if (number.matches("[0-9]+")) {
            return "decimal";
        }
        if (number.length() == 1 && !number.equalsIgnoreCase("i")) {
            return Character.isUpperCase(number.charAt(0)) ? "ALPHA" : "alpha";
        }
        return Character.isUpperCase(number.charAt(0)) ? "ROMAN" : "roman";
    }

    /** {@code c}, or the other of CommonMark's delimiters where it is {@code avoid}. */
    private static char other(char c, char avoid) {
        return c != avoid ? c : c == '.' ? ')' : '.';
    }

    private static String nativeKind(Matcher marker) {
        String m = marker.group(1);
        return m.length() == 1 && "-*+".contains(m) ? m : "native" + m.charAt(m.length() - 1);
    }

    private static String type(String kind) {
        return switch (kind) {
            case "alpha" -> "a";
            case "ALPHA" -> "A";
            case "roman" -> "i";
            case "ROMAN" -> "I";
            default -> "1";
        };
    }

    private static int number(String written, String kind) {
        return switch (kind) {
            case "alpha", "ALPHA" -> Character.toLowerCase(written.charAt(0)) - 'a' + 1;
            case "roman", "ROMAN" -> roman(written);
            case "decimal" -> Integer.parseInt(written);
            default -> 1;
        };
    }

    /** A roman numeral's value, or 0 when it is not one as it is written (IIII, IC and VX are not). */
    static int roman(String written) {
        String s = written.toUpperCase(java.util.Locale.ROOT);
        if (!s.matches("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})") || s.isEmpty()) {
            return 0;
        }
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = value(s.charAt(i));
            value += i + 1 < s.length() && value(s.charAt(i + 1)) > v ? -v : v;
        }
        return value;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            default -> 1000;
        };
    }

    /**
     * The marker at {@code at} as CommonMark's, of the same width: {@code 1} and {@code delimiter}, then the spaces the
     * rest of it stood in (so the item's content keeps its column), or digits throughout where more than four spaces
     * would make the content a code block.
     */
    private static void rewrite(StringBuilder out, int at, Matcher marker, char delimiter) {
        int width = marker.group(1).length() + marker.group(2).length(); // what stands before the delimiter
        String replacement = marker.group(4).length() + width - 1 <= 4
                ? "1" + delimiter + " ".repeat(width - 1)
                : "1".repeat(width) + delimiter;
        out.replace(at, at + width + 1, replacement);
    }
}
