package weft.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import weft.qda.SheetReader;

/**
 * A spreadsheet's columns where its headers are not ones Weft knows ({@code --levels}, {@code --column},
 * {@code --attributes}), for the commands that read a sheet of the coding: {@code weft import}, {@code weft serve
 * --coding} and {@code weft diff}. Each given replaces what the study's earlier import was told of it.
 */
final class SheetOptions {

    @Option(names = "--levels", paramLabel = "COLUMNS", split = ",", description = "A spreadsheet's columns of the coding"
            + " frame's levels, from the top (default: as the study's earlier import was told, else found by their headers,"
            + " such as main category, category, sub-category, or Pääluokka, Hauptkategorie, categoría principal …).")
    List<String> levels = List.of();

    @Option(names = "--column", paramLabel = "ROLE=HEADER", description = "A spreadsheet's column by its header where the"
            + " header is not one Weft knows: text, id, participant, source or reduced (the reduced expression), e.g. --column"
            + " text=Ilmaus. Repeatable.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--attributes", paramLabel = "COLUMNS", split = ",", description = "A spreadsheet's columns of the"
            + " participants' attributes (a survey's age, region), by their headers: each becomes the attribute of that"
            + " name of the row's participant.")
    List<String> attributes = List.of();

    /** Whether any is given. */
    boolean given() {
        return !levels.isEmpty() || !columns.isEmpty() || !attributes.isEmpty();
    }

    /** The usage error of a role that is none, or of a header left empty. */
    Optional<String> error() {
        for (Map.Entry<String, String> column : columns.entrySet()) {
            if (!SheetReader.ROLES.contains(column.getKey())) {
                return Optional.of("weft: --column names a column's role: " + String.join(", ", SheetReader.ROLES)
                        + ", not '" + column.getKey() + "'");
            }
            if (column.getValue().isBlank()) {
                return Optional.of("weft: --column " + column.getKey() + "= names no header: give the column's header after"
                        + " the '=' (--column " + column.getKey() + "=HEADER)");
            }
        }
        return Optional.empty();
    }

    /** The columns as given (the study's earlier import's are added where the sheet is read). */
    SheetReader.Columns columns() {
        return new SheetReader.Columns(levels.stream().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                Map.copyOf(columns), attributes.stream().map(String::strip).filter(a -> !a.isEmpty()).toList());
    }
}
