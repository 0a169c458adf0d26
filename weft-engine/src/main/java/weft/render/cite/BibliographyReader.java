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

    /**
     * The works of Pandoc's front-matter field {@code references} in {@code frontMatter}, the YAML of a Markdown file's
     * front matter that begins at line {@code firstLine} of {@code path}: CSL YAML, as Pandoc reads a manuscript's own
     * works; empty when they cannot be read (reported).
     */
    public Optional<Bibliography> readFrontMatter(String path, String frontMatter, int firstLine, Diagnostics diagnostics) {
        try {
            return CslYamlLoader.load(frontMatter, path, firstLine, diagnostics).map(items -> new Bibliography(path, items));
        } catch (BibSyntaxException e) {
            diagnostics.error(e.line() == 0 ? SourcePosition.ofFile(path)
                    : new SourcePosition(path, e.line() + firstLine - 1, e.column()), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * One bibliography of {@code parts} (a file's works, then those of front matters), its path naming where they are;
     * a key in two of them is an error at the second.
     */
    public static Bibliography merged(List<Bibliography> parts, Diagnostics diagnostics) {
        List<BibItem> items = new ArrayList<>();
        parts.forEach(b -> items.addAll(b.items()));
        String path = parts.stream().map(Bibliography::path).filter(p -> !p.isEmpty())
                .map(p -> p.endsWith(".md") ? "the front matter's references of " + p : p)
                .collect(java.util.stream.Collectors.joining(" or "));
        return new Bibliography(path, unique(items, diagnostics));
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
