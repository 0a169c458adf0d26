package weft.qda;

import java.nio.file.Path;
import java.util.Optional;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * The import of a REFI-QDA file's code tree, as the pipeline runs it: read the file, make the tree, write the
 * coding frame's YAML. Empty when the file has errors (reported), so that nothing is written.
 */
public final class FrameImport {

    private FrameImport() {
    }

    /** coded-data/coding-frame.yaml for the codes of {@code file}; diagnostics name the file by its file name. */
    public static Optional<String> codingFrame(Path file, Diagnostics diagnostics) {
        String label = file.getFileName().toString();
        Optional<QdaFile> qda = new QdaReader().read(file, label, diagnostics);
        if (qda.isEmpty()) {
            return Optional.empty();
        }
        QdaFile q = qda.get();
        if (q.codes().isEmpty()) {
            diagnostics.error(SourcePosition.ofFile(label), "the file has no codes");
            return Optional.empty();
        }
        if (q.textSelections() > 0 || q.codings() > 0) {
            diagnostics.warning(SourcePosition.ofFile(label), q.textSelections() + " text selections and " + q.codings()
                    + " codings are not imported: this version of weft import reads the code tree only, so the quotes are still"
                    + " to be written in coded-data/quotes/");
        }
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(FrameWriter.write(CodeTree.of(q.codes()), label, q.origin()));
    }
}
