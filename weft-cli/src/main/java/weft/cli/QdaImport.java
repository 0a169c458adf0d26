package weft.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import weft.diagnostics.Diagnostics;
import weft.qda.FrameImport;
import weft.qda.SelectionCutter;
import weft.read.ProjectFiles;

/**
 * {@code weft import FILE}: the code tree of a REFI-QDA codebook or project, written as the project's
 * coded-data/coding-frame.yaml, and the quotes cut from its coded text selections (a .qdpx holding its sources) as
 * coded-data/quotes/imported.yaml. It never replaces either file, and writes nothing when the file has errors.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Writes coded-data/coding-frame.yaml from the codes of a REFI-QDA file (.qdc, .qde or .qdpx).")
final class QdaImport implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The codebook (.qdc), project (.qde) or project zip (.qdpx).")
    Path file;

    @Option(names = {"-p", "--project"}, defaultValue = ".", description = "The project folder (default: the current folder);"
            + " made if it does not exist.")
    Path project;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--positions", paramLabel = "COUNTING", description = "How the file counts selection positions:"
            + " code-points or utf16 (default: detected from where the selections' boundaries fall).")
    String positions;

    static final String QUOTES = ProjectFiles.QUOTES_DIR + "/imported.yaml";

    @Override
    public Integer call() throws IOException {
        for (String path : List.of(ProjectFiles.CODING_FRAME, QUOTES)) {
            if (Files.exists(project.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                spec.commandLine().getErr().println("weft: " + path + " exists in " + project.toAbsolutePath().normalize()
                        + ": weft import writes a new coding frame and its quotes and never replaces them (importing again after"
                        + " recoding is not supported yet)");
                return 2;
            }
        }
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("weft: " + file + " is not a file");
            return 2;
        }
        Optional<SelectionCutter.Counting> counting;
        if (positions == null) {
            counting = Optional.empty();
        } else if (positions.equals("code-points") || positions.equals("utf16")) {
            counting = Optional.of(positions.equals("utf16") ? SelectionCutter.Counting.UTF16 : SelectionCutter.Counting.CODE_POINTS);
        } else {
            spec.commandLine().getErr().println("weft: --positions is code-points or utf16, not '" + positions + "'");
            return 2;
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<FrameImport.Imported> imported = FrameImport.of(file, counting, diagnostics);
        diagnostics.sorted().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().println(diagnostics.summary());
        if (imported.isEmpty()) {
            return 1;
        }
        write(project.resolve(ProjectFiles.CODING_FRAME), imported.get().codingFrame());
        if (imported.get().quotes().isPresent()) {
            write(project.resolve(QUOTES), imported.get().quotes().get());
        }
        return 0;
    }

    /** Writes a new file whole (a temporary file beside it, then moved in place), never over an existing one. */
    private void write(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".weft-import");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        spec.commandLine().getOut().println("Wrote " + target.toAbsolutePath().normalize());
    }
}
