package weft.render.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * Reads a bibliography file: BibTeX ({@code .bib}), CSL JSON ({@code .json}), CSL YAML ({@code .yaml}) or RIS
 * ({@code .ris}), chosen by the file name.
 */
public final class BibliographyReader {

    /**
     * The bibliography in {@code text}, or empty when it cannot be parsed (reported at the position of the error).
     * Problems within single entries are reported and the rest is read.
     */
    public Optional<Bibliography> read(String path, String text, Diagnostics diagnostics) {
        try {
            if (path.endsWith(".yaml")) {
                return CslYamlLoader.load(text, path, diagnostics).map(items -> new Bibliography(path, unique(items, diagnostics)));
            }
            List<BibItem> items = path.endsWith(".json") ? CslJsonLoader.load(text, path, diagnostics)
                    : path.endsWith(".ris") ? RisLoader.load(text, path, diagnostics)
                    : BibTeXLoader.load(text, path, diagnostics);
            return Optional.of(new Bibliography(path, unique(items, diagnostics)));
        } catch (BibSyntaxException e) {
            diagnostics.error(e.line() == 0 ? SourcePosition.ofFile(path) : new SourcePosition(path, e.line(), e.column()),
                    e.getMessage());
            return Optional.empty();
        }
    }

    private static List<BibItem> unique(List<BibItem> items, Diagnostics diagnostics) {
        Map<String, BibItem> seen = new HashMap<>();
        List<BibItem> out = new ArrayList<>();
        for (BibItem item : items) {
            BibItem before = seen.putIfAbsent(item.key(), item);
            if (before == null) {
                out.add(item);
            } else {
                diagnostics.error(item.position(), "duplicate reference key '" + item.key() + "' (first defined at "
                        + before.position() + ")");
            }
        }
        return out;
    }
}
