package weft.read;

import java.util.Optional;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/** The article's language as coded-data/study.yaml gives it, read without the rest of the study. */
public final class StudyLanguage {

    private StudyLanguage() {
    }

    /** The study's {@code language}; empty, reported, when study.yaml cannot be read or names none. */
    public static Optional<String> of(ProjectFiles files, Diagnostics diagnostics) {
        Optional<YamlDocument> study = files.read(ProjectFiles.STUDY, diagnostics)
                .flatMap(text -> new YamlReader().read(ProjectFiles.STUDY, text, 1, diagnostics));
        if (study.isEmpty()) {
            return Optional.empty();
        }
        String language = study.get().root().path("language").asText("").strip();
        if (language.isEmpty()) {
            diagnostics.error(SourcePosition.ofFile(ProjectFiles.STUDY), "the study names no language: give it (language: ar)");
            return Optional.empty();
        }
        return Optional.of(language);
    }
}
