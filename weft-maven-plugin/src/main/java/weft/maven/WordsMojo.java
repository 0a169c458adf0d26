package weft.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import weft.build.BuildOptions;
import weft.diagnostics.Diagnostics;
import weft.read.ProjectFiles;
import weft.read.StudyLanguage;
import weft.words.WordsFile;

/**
 * Writes templates/words_LANG.properties with Weft's words to translate or to change (the same as {@code weft words}):
 * {@code mvn weft:words} for the study's language, {@code -Dweft.language=he} for another. A file that exists keeps
 * everything it has and gets the keys it lacks.
 */
@Mojo(name = "words", threadSafe = true)
public class WordsMojo extends AbstractWeftMojo {

    /** The language (a BCP 47 tag); without it, the study's language in coded-data/study.yaml. */
    @Parameter(property = "weft.language")
    String language;

    @Override
    void run(BuildOptions options) throws MojoExecutionException, MojoFailureException {
        Path project = projectDirectory.toPath();
        Optional<String> lang = Optional.ofNullable(language).map(String::strip).filter(l -> !l.isEmpty());
        if (lang.isEmpty()) {
            Diagnostics diagnostics = new Diagnostics();
            lang = StudyLanguage.of(new ProjectFiles(project, options.maxFileBytes()), diagnostics);
            log(diagnostics.sorted());
            if (lang.isEmpty()) {
                throw new MojoFailureException("Weft: the study's language cannot be read (" + diagnostics.summary() + ")");
            }
        }
        try {
            WordsFile.Written written = WordsFile.write(project, lang.get());
            getLog().info("Weft: " + (written.added() == 0 ? written.file() + " has every word Weft generates: nothing to add"
                    : (written.created() ? "wrote " + written.file() + " (" + written.added() + " words)"
                    : "added " + written.added() + " words to " + written.file())));
        } catch (IOException e) {
            throw new MojoFailureException("Weft: cannot write the words file: " + weft.diagnostics.FileFailures.inWords(e), e);
        }
    }
}
