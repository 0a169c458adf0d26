package weft.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import weft.diagnostics.Diagnostics;
import weft.qda.FrameImport;
import weft.read.ProjectFiles;

/**
 * {@code weft import FILE}: the code tree of a REFI-QDA codebook or project, written as the project's
 * coded-data/coding-frame.yaml. It never replaces a coding frame that exists, and writes nothing when the file has
 * errors. Coded selections (quotes) are counted and reported, not imported: that is still to come.
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

    @Override
    public Integer call() throws IOException {
        Path target = project.resolve(ProjectFiles.CODING_FRAME);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            spec.commandLine().getErr().println("weft: " + ProjectFiles.CODING_FRAME + " exists in " + project.toAbsolutePath().normalize()
                    + ": weft import writes a new coding frame and never replaces one (importing again after recoding is not"
                    + " supported yet)");
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("weft: " + file + " is not a file");
            return 2;
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<String> frame = FrameImport.codingFrame(file, diagnostics);
        diagnostics.sorted().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().println(diagnostics.summary());
        if (frame.isEmpty()) {
            return 1;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".coding-frame", ".yaml.weft-import");
        try {
            Files.writeString(temp, frame.get(), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        spec.commandLine().getOut().println("Wrote " + target.toAbsolutePath().normalize());
        return 0;
    }
}
