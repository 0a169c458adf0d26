package weft.prose;

/**
 * A heading of the article, for the table of contents and the PDF outline; {@code listed} false for one the contents
 * leave out (Quarto's {@code {.unlisted}}), which the PDF's outline keeps.
 */
public record Heading(int level, String number, String text, String id, boolean listed) {

    public Heading(int level, String number, String text, String id) {
        this(level, number, text, id, true);
    }
}
