package weft.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.render.site.SitePagesWriter;

/**
 * {@code weft citation-cff}: writes the project's CITATION.cff from its study.yaml (as the build makes it for the
 * site), or with {@code --check} only says whether the file in the project is the one the study gives.
 */
@Command(name = "citation-cff", mixinStandardHelpOptions = true,
        description = "Writes CITATION.cff in the project folder from coded-data/study.yaml.")
final class CitationCff implements Callable<Integer> {

    static final String FILE = "CITATION.cff";

    @CommandLine.Mixin
    Main.ProjectOptions project = new Main.ProjectOptions();

    @Option(names = "--check", description = "Write nothing; exit 1 when CITATION.cff differs from what the study gives.")
    boolean check;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult result = new Weft().render(project.project, project.options());
        if (!result.succeeded()) {
            return Main.report(result, spec.commandLine().getErr());
        }
        String cff = result.sitePages().get().text(SitePagesWriter.CITATION_CFF);
        Path file = project.project.resolve(FILE);
        try {
            return check ? check(file, cff) : write(file, cff);
        } catch (IOException e) {
            spec.commandLine().getErr().println("ERROR " + FILE + ": " + weft.diagnostics.FileFailures.inWords(e));
            return 1;
        }
    }

    private int check(Path file, String cff) throws IOException {
        boolean same = Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(cff);
        spec.commandLine().getErr().println(same ? FILE + " agrees with coded-data/study.yaml"
                : FILE + " differs from what coded-data/study.yaml gives: run bin/weft citation-cff");
        return same ? 0 : 1;
    }

    private int write(Path file, String cff) throws IOException {
        Files.writeString(file, cff, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("Wrote " + file.toAbsolutePath().normalize());
        return 0;
    }
}
