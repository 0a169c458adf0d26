package weft.model;

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
        return Placeholders.names(pattern);
    }

    /** The attribution of a quote by {@code p}; a placeholder the participant lacks prints nothing (the checker reports it). */
    public String format(Participant p) {
        return Placeholders.fill(pattern, name -> CITED_AS.equals(name) ? p.citedAs() : p.attribute(name).orElse(""));
    }
}
