package weft.qda;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A QDA tool's own project file, which no other program reads (NVivo's, MAXQDA's, ATLAS.ti's, QualCoder's, Taguette's
 * database), given to {@code weft import}: what to export from the tool instead. The tools' export is named as their
 * manuals name it where Weft has read them (NVivo's help on the REFI-QDA standard, QualCoder's wiki on imports and
 * exports, Taguette's export of highlights); elsewhere the export is named without a menu's path.
 */
public final class NativeProjects {

    private record Tool(Pattern name, String advice) {
    }

    private static final List<Tool> TOOLS = List.of(
            new Tool(Pattern.compile(".*\\.nvpx?"), "an NVivo project, which only NVivo reads: export it as a REFI-QDA"
                    + " project (.qdpx; NVivo for Windows: Share, Export Project, REFI-QDA Project; NVivo for Mac: File,"
                    + " Export Project) and import that"),
            new Tool(Pattern.compile(".*\\.(mx\\d{2}|mex\\d{2}|mx\\d|mex)"), "a MAXQDA project, which only MAXQDA reads:"
                    + " export it from MAXQDA as a REFI-QDA project (.qdpx) and import that"),
            new Tool(Pattern.compile(".*\\.(atlproj\\d*|atlasproj|hpr\\d*)"), "an ATLAS.ti project, which only ATLAS.ti"
                    + " reads: export it from ATLAS.ti as a REFI-QDA project (.qdpx) and import that"),
            new Tool(Pattern.compile("(.*\\.qda|data\\.qda)"), "a QualCoder project, which only QualCoder reads: export it"
                    + " as a REFI-QDA project (.qdpx; QualCoder: Project, Exports) and import that"),
            new Tool(Pattern.compile(".*\\.sqlite3?"), "a database (Taguette keeps a project in one), which Weft does not read:"
                    + " from Taguette, export all highlights (CSV or Excel) and import that spreadsheet"));

    private NativeProjects() {
    }

    /** The diagnostic's message for a file named {@code name} that is a QDA tool's own project; empty for any other. */
    public static Optional<String> advice(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return TOOLS.stream().filter(t -> t.name().matcher(lower).matches()).findFirst()
                .map(t -> "not a file Weft imports: " + t.advice());
    }
}
