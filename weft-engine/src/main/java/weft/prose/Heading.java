package weft.prose;

/** A numbered heading of the article, for the table of contents and the PDF outline. */
public record Heading(int level, String number, String text, String id) {
}
