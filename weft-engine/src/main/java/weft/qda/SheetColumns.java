package weft.qda;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import weft.diagnostics.Diagnostics;
import weft.read.ProjectFiles;
import weft.read.YamlDocument;
import weft.read.YamlReader;

/**
 * The columns a study's spreadsheet was read by, kept in its coding frame: an import of a sheet given {@code --levels},
 * {@code --column} or {@code --attributes} writes them as the frame's {@code sheet:}, and an import again, the preview
 * that follows the sheet ({@code weft serve --coding}) and {@code weft diff} of the sheet's versions read it so without
 * being told again: a sheet whose headers are in Finnish is named once.
 */
public final class SheetColumns {

    /** The coding frame's field. */
    public static final String FIELD = "sheet";

    private SheetColumns() {
    }

    /**
     * The columns to read a sheet of {@code project} by: each of the levels, the named columns and the attributes as
     * {@code given} where given, else as the study's earlier import was given them (with where it wrote them down).
     */
    public static SheetReader.Columns of(Path project, SheetReader.Columns given) {
        return kept(project, given).withStudy(levelNames(project));
    }

    private static SheetReader.Columns kept(Path project, SheetReader.Columns given) {
        Optional<SheetReader.Columns> kept = remembered(project);
        if (kept.isEmpty()) {
            return given;
        }
        SheetReader.Columns k = kept.get();
        boolean used = given.levels().isEmpty() && !k.levels().isEmpty() || given.named().isEmpty() && !k.named().isEmpty()
                || given.attributes().isEmpty() && !k.attributes().isEmpty();
        return new SheetReader.Columns(given.levels().isEmpty() ? k.levels() : given.levels(),
                given.named().isEmpty() ? k.named() : given.named(),
                given.attributes().isEmpty() ? k.attributes() : given.attributes(), used ? k.remembered() : Optional.empty());
    }

    /** The columns the coding frame of {@code project} keeps, with the position of its field; empty where it keeps none. */
    static Optional<SheetReader.Columns> remembered(Path project) {
        Optional<YamlDocument> doc = frame(project);
        JsonNode sheet = doc.map(d -> d.root().path(FIELD)).orElse(null);
        if (sheet == null || !sheet.isObject()) {
            return Optional.empty();
        }
        Map<String, String> named = new LinkedHashMap<>();
        sheet.path("columns").fields().forEachRemaining(e -> {
            if (SheetReader.ROLES.contains(e.getKey()) && e.getValue().isTextual() && !e.getValue().asText().isBlank()) {
                named.put(e.getKey(), e.getValue().asText());
            }
        });
        SheetReader.Columns columns = new SheetReader.Columns(strings(sheet.path("levels")), named,
                strings(sheet.path("attributes")), Optional.of(doc.get().keyPositionOf("/" + FIELD)));
        return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
    }

    /**
     * The coding frame of {@code project} as read, for what an earlier import wrote down in it (here the sheet's columns,
     * {@link SelectionComments} what a QDA file's comments were taken for); empty where there is none, or it does not read
     * (the build's to report).
     */
    static Optional<YamlDocument> frame(Path project) {
        Path frame = project.resolve(ProjectFiles.CODING_FRAME);
        if (!Files.isRegularFile(frame, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return new YamlReader().read(ProjectFiles.CODING_FRAME, Files.readString(frame, StandardCharsets.UTF_8), 1,
                    new Diagnostics());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The names of the levels of the coding frame of {@code project}, from the top (a level written {@code {name: …}} too). */
    static List<String> levelNames(Path project) {
        List<String> names = new ArrayList<>();
        frame(project).ifPresent(d -> d.root().path("levels").forEach(l -> names.add(l.isTextual() ? l.asText()
                : l.path("name").asText(""))));
        return names.contains("") || names.stream().anyMatch(String::isBlank) ? List.of() : List.copyOf(names);
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(v -> {
            if (v.isTextual() && !v.asText().isBlank()) {
                out.add(v.asText());
            }
        });
        return List.copyOf(out);
    }

    /** The frame's {@code sheet:} for {@code columns}: each kind named, the columns by role in a fixed order. */
    static Optional<Map<String, Object>> yaml(SheetReader.Columns columns) {
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> sheet = new LinkedHashMap<>();
        if (!columns.levels().isEmpty()) {
            sheet.put("levels", columns.levels());
        }
        Map<String, String> named = new LinkedHashMap<>();
        SheetReader.ROLES.stream().filter(columns.named()::containsKey).forEach(r -> named.put(r, columns.named().get(r)));
        if (!named.isEmpty()) {
            sheet.put("columns", named);
        }
        if (!columns.attributes().isEmpty()) {
            sheet.put("attributes", columns.attributes());
        }
        return Optional.of(sheet);
    }

    /** The comment line the coding frame's header gives the field. */
    static String comment(String from) {
        return "# sheet: how weft import was told to read the columns of " + from + " (--levels, --column, --attributes or"
                + " weft.levels, weft.columns, weft.attributes); an import again, weft serve --coding and weft diff read the sheet"
                + " so.\n";
    }
}
