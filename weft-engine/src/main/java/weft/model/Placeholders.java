package weft.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Patterns with named placeholders, {@code {name}}, as study files write them ({@code quoteAttribution},
 * {@code numberFormat}): text between placeholders is kept as written; a '{' without its '}' is text.
 */
public final class Placeholders {

    private Placeholders() {
    }

    /** The names of the placeholders of {@code pattern}, in order. */
    public static List<String> names(String pattern) {
        List<String> names = new ArrayList<>();
        fill(pattern, name -> {
            names.add(name);
            return "";
        });
        return List.copyOf(names);
    }

    /** {@code pattern} with each placeholder replaced by {@code value.apply(name)}. */
    public static String fill(String pattern, Function<String, String> value) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int open = pattern.indexOf('{', at);
            int close = open < 0 ? -1 : pattern.indexOf('}', open + 1);
            if (close < 0) {
                return out.append(pattern, at, pattern.length()).toString();
            }
            out.append(pattern, at, open).append(value.apply(pattern.substring(open + 1, close)));
            at = close + 1;
        }
    }
}
