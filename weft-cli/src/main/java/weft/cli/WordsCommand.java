package weft.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import weft.build.BuildOptions;
import weft.diagnostics.Diagnostics;
import weft.read.ProjectFiles;
import weft.read.StudyLanguage;
import weft.words.WordsFile;

/**
 * {@code weft words [LANG]}: writes templates/words_LANG.properties for the study's language (or LANG), Weft's words to
 * translate or to change; a file the project has already gets only the keys it lacks.
 */
@Command(name = "words", mixinStandardHelpOptions = true,
        description = "Writes templates/words_LANG.properties with Weft's words to translate (for a language Weft has none"
                + " for) or to change; a file that exists keeps everything it has and gets the keys it lacks.")
final class WordsCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "LANG", description = "The language, a BCP 47 tag (ar, he, pt-BR);"
            + " default: the study's language in coded-data/study.yaml.")
    String language;

    @Option(names = {"-p", "--project"}, description = "The project folder (default: the current folder).", defaultValue = ".",
            converter = ProjectFolder.class)
    Path project;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<String> lang = Optional.ofNullable(language).map(String::strip).filter(l -> !l.isEmpty());
        if (lang.isEmpty()) {
            Diagnostics diagnostics = new Diagnostics();
            lang = StudyLanguage.of(new ProjectFiles(project, BuildOptions.defaults().maxFileBytes()), diagnostics);
            diagnostics.sorted().forEach(d -> spec.commandLine().getErr().println(d));
            if (lang.isEmpty()) {
                return 1;
            }
        }
        try {
            WordsFile.Written written = WordsFile.write(project, lang.get());
            Path shown = project.toAbsolutePath().normalize().relativize(written.file().toAbsolutePath().normalize());
            spec.commandLine().getOut().println(written.added() == 0 ? shown + " has every word Weft generates: nothing to add"
                    : (written.created() ? "Wrote " : "Added " + written.added() + " words to ") + shown
                    + (written.created() ? " (" + written.added() + " words)" : ""));
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("weft: cannot write the words file: " + weft.diagnostics.FileFailures.inWords(e));
            return 1;
        }
    }
}
