package weft.qda;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * The import of a REFI-QDA file, as the pipeline runs it: read the file, make the tree, write the coding frame's YAML
 * and, where the file is a project zip holding its sources, the quotes cut from its coded text selections. Empty when
 * the file has errors (reported), so that nothing is written.
 */
public final class FrameImport {

    /** The files to write: coded-data/coding-frame.yaml, and the quotes' YAML where the file has quotes. */
    public record Imported(String codingFrame, Optional<String> quotes) {
    }

    private FrameImport() {
    }

    /** coded-data/coding-frame.yaml for the codes of {@code file}; diagnostics name the file by its file name. */
    public static Optional<String> codingFrame(Path file, Diagnostics diagnostics) {
        return of(file, Optional.empty(), diagnostics).map(Imported::codingFrame);
    }

    /** The coding frame and the quotes of {@code file}, positions counted as {@code counting} (empty: detected). */
    public static Optional<Imported> of(Path file, Optional<SelectionCutter.Counting> counting, Diagnostics diagnostics) {
        String label = file.getFileName().toString();
        Optional<QdaFile> qda = new QdaReader().read(file, label, diagnostics);
        if (qda.isEmpty()) {
            return Optional.empty();
        }
        QdaSchemas.warn(file, label, diagnostics);
        QdaFile q = qda.get();
        if (q.codes().isEmpty()) {
            diagnostics.error(SourcePosition.ofFile(label), "the file has no codes");
            return Optional.empty();
        }
        List<CodeTree.Node> tree = CodeTree.of(q.codes());
        Optional<String> quotes = Optional.empty();
        if (q.textSelections() > 0 && q.texts().isEmpty()) {
            diagnostics.warning(SourcePosition.ofFile(label), q.textSelections() + " text selections are not imported: a"
                    + (label.endsWith(".qdpx") ? " .qdpx without its sources/ texts" : " .qde alone") + " holds no source texts"
                    + " to cut them from; import the project's .qdpx");
        } else if (q.textSelections() > 0) {
            Map<String, String> ids = new HashMap<>();
            collect(tree, ids);
            quotes = Optional.of(QuotesWriter.write(SelectionCutter.quotes(q, ids, counting, label, diagnostics), label));
        }
        if (q.otherSelections() > 0) {
            diagnostics.warning(SourcePosition.ofFile(label), q.otherSelections() + " selections of pictures, PDFs, audio or video"
                    + " are not imported: Weft quotes text only");
        }
        return diagnostics.hasErrors() ? Optional.empty()
                : Optional.of(new Imported(FrameWriter.write(tree, label, q.origin()), quotes));
    }

    private static void collect(List<CodeTree.Node> nodes, Map<String, String> ids) {
        for (CodeTree.Node n : nodes) {
            if (!n.guid().isEmpty()) {
                ids.put(n.guid(), n.id());
            }
            collect(n.children(), ids);
        }
    }
}
