package weft.support;

/** Pandoc grid tables that the tests of several formats print. */
public final class GridTables {

    /**
     * A table of themes as a qualitative paper draws one: a theme's cell spanning its two sub-themes' rows, a cell
     * spanning two columns, the header above the line of {@code =} (its colons aligning the counts right) and a foot
     * between the last two lines of {@code =}; a caption numbering it ({@code #tab-themes}). Begins with a blank line,
     * to be added to a section's text.
     */
    public static final String THEMES = """

            Table: Themes and their sub-themes {#tab-themes}

            +----------+------------------+--------+
            | Theme    | Sub-theme        | Quotes |
            +==========+==================+=======:+
            | Routines | Cooking together |      7 |
            |          +------------------+--------+
            |          | Eating together  |      5 |
            +----------+------------------+--------+
            | Friction | Not divided: all *noise*  |
            +==========+==================+========+
            | All      |                  |     12 |
            +==========+==================+========+
            """;

    private GridTables() {
    }
}
