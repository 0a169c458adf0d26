package weft.qda;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What the comments on a QDA project's coded selections are (their {@code <Description>}: ATLAS.ti's comment on a
 * quotation, as its sample shows): not imported (counted in a note), or each its quote's reduced expression, for
 * an analysis that wrote its condensed meaning units there ({@code --comments reduced}). An import so told writes it in
 * the coding frame ({@code qda: {comments: reduced}}), and an import again, {@code weft serve --coding} and {@code weft
 * diff} read the file so without being told again.
 */
public enum SelectionComments {
    IGNORED, REDUCED;

    /** The coding frame's field, and its key. */
    static final String FIELD = "qda";
    static final String KEY = "comments";

    /** {@code ignored} or {@code reduced}, as the command line and the plugin write it; empty for anything else. */
    public static Optional<SelectionComments> named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "ignored" -> Optional.of(IGNORED);
            case "reduced" -> Optional.of(REDUCED);
            default -> Optional.empty();
        };
    }

    /** What the earlier import of {@code project} took the comments for, as its coding frame says; else ignored. */
    public static SelectionComments earlier(Path project) {
        return SheetColumns.frame(project).map(d -> d.root().path(FIELD).path(KEY)).filter(JsonNode::isTextual)
                .flatMap(said -> named(said.asText())).orElse(IGNORED);
    }

    /** The name the command line gives it. */
    public String named() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code file} with each selection's comment its reduced expression, where so told (a reduction Weft wrote stays). */
    QdaFile apply(QdaFile file) {
        if (this == IGNORED) {
            return file;
        }
        return file.withSources(file.sources().stream().map(s -> new QdaSource(s.guid(), s.name(), s.plainTextPath(),
                s.selections().stream().map(sel -> sel.comment().isBlank() ? sel : new QdaSelection(sel.guid(), sel.name(),
                        sel.start(), sel.end(), sel.codings(), sel.position(), sel.time(), sel.page(), sel.comment(), ""))
                        .toList(), s.recording())).toList());
    }

    /** The coding frame's field for it: {@code comments: reduced}; none for the default. */
    Optional<java.util.Map<String, Object>> yaml() {
        return this == REDUCED ? Optional.of(java.util.Map.of(KEY, named())) : Optional.empty();
    }

    /** The comment line the coding frame's header gives the field. */
    static String comment(String from) {
        return "# qda: comments: reduced: weft import was told (--comments reduced, weft.comments) that the comments on the"
                + " coded selections of " + from + " are their quotes' reduced expressions; an import again, weft serve --coding"
                + " and weft diff read them so.\n";
    }
}
