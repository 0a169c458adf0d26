package weft.maven;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import weft.qda.SheetReader;

/**
 * The goals that read a spreadsheet of the coding ({@code weft:import}, {@code weft:serve} with {@code weft.coding},
 * {@code weft:diff} of a sheet's versions), and its columns where its headers are not ones Weft knows. Each given
 * replaces what the study's earlier import was told of it (its coding frame's {@code sheet:}).
 */
abstract class SheetReadingMojo extends AbstractWeftMojo {

    /**
     * A spreadsheet's columns of the coding frame's levels from the top, separated by commas; without it, as the study's
     * earlier import was told, else found by their headers.
     */
    @Parameter(property = "weft.levels")
    String levels;

    /**
     * A spreadsheet's columns by role where their headers are not ones Weft knows, as {@code ROLE=HEADER} separated by
     * semicolons: {@code text=Ilmaus;participant=H} (roles: text, id, participant, source, reduced).
     */
    @Parameter(property = "weft.columns")
    String columns;

    /**
     * A spreadsheet's columns of the participants' attributes (a survey's age, region), by their headers separated by
     * commas: each imported as the attribute of that name of each row's participant.
     */
    @Parameter(property = "weft.attributes")
    String attributes;

    /** Whether any of the sheet's columns is given. */
    boolean sheetColumnsGiven() {
        return !list(levels).isEmpty() || columns != null && !columns.isBlank() || !list(attributes).isEmpty();
    }

    /** The columns as given (the study's earlier import's are added where the sheet is read); a malformed one refused. */
    SheetReader.Columns sheetColumns() throws MojoExecutionException {
        return new SheetReader.Columns(list(levels), named(), list(attributes));
    }

    /** Headers separated by commas, each stripped, an empty one left out; none for an empty list. */
    private static List<String> list(String names) {
        return names == null || names.isBlank() ? List.of()
                : Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    private Map<String, String> named() throws MojoExecutionException {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : columns == null ? new String[0] : columns.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String role = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
            if (eq < 0 || !SheetReader.ROLES.contains(role) || pair.substring(eq + 1).isBlank()) {
                throw new MojoExecutionException("weft.columns is ROLE=HEADER pairs separated by semicolons, a role being one of "
                        + String.join(", ", SheetReader.ROLES) + ": not '" + pair.strip() + "'");
            }
            map.put(role, pair.substring(eq + 1).strip());
        }
        return map;
    }
}
