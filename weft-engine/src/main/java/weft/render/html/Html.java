package weft.render.html;

/** A fragment of HTML built by Weft itself (every text in it already escaped): templates print it as markup. */
public record Html(String value) {
}
