package weft.prose;

import java.util.Map;

/**
 * A heading of the article, for the table of contents and the PDF outline; {@code listed} false for one the contents
 * leave out (Quarto's {@code {.unlisted}}), which the PDF's outline keeps. {@code number} is as the first format that
 * prints the heading numbers it (the web page, unless the heading is in conditional content the web page leaves out);
 * {@code numbers} each format's own where conditional content numbers it apart in some formats, else empty; and
 * {@code formats} the formats that print it.
 */
public record Heading(int level, String number, String text, String id, boolean listed, Map<String, String> numbers,
                      java.util.List<String> formats) {

    public Heading {
        numbers = Map.copyOf(numbers);
        formats = java.util.List.copyOf(formats);
    }

    public Heading(int level, String number, String text, String id, boolean listed) {
        this(level, number, text, id, listed, Map.of(), ConditionalContent.FORMATS);
    }

    public Heading(int level, String number, String text, String id) {
        this(level, number, text, id, true);
    }

    /** Its number as {@code format} prints it. */
    public String number(String format) {
        return numbers.getOrDefault(format, number);
    }
}
