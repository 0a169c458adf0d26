package weft.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How a quote's participant is printed after it: a pattern such as {@code ({citedAs})} or
 * {@code ({citedAs}, {group})}, whose placeholders are {@code citedAs} and the names of the participants' attributes.
 * Text between placeholders is printed as written; the values are plain text (escaped by whoever prints them).
 */
public record QuoteAttribution(String pattern) {

    public static final String DEFAULT = "({citedAs})";
    public static final String CITED_AS = "citedAs";

    /** The names of the placeholders, in order; a '{' without its '}' is text. */
    public List<String> placeholders() {
        List<String> names = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = pattern.indexOf('{', at);
            int close = open < 0 ? -1 : pattern.indexOf('}', open + 1);
            if (close < 0) {
                return List.copyOf(names);
            }
            names.add(pattern.substring(open + 1, close));
            at = close + 1;
        }
    }

    /** The attribution of a quote by {@code p}; a placeholder the participant lacks prints nothing (the checker reports it). */
    public String format(Participant p) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int open = pattern.indexOf('{', at);
            int close = open < 0 ? -1 : pattern.indexOf('}', open + 1);
            if (close < 0) {
                return out.append(pattern, at, pattern.length()).toString();
            }
            out.append(pattern, at, open);
            String name = pattern.substring(open + 1, close);
            out.append(CITED_AS.equals(name) ? p.citedAs() : p.attribute(name).orElse(""));
            at = close + 1;
        }
    }
}
