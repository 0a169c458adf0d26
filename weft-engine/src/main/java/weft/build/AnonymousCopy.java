package weft.build;

import java.util.List;
import java.util.Optional;
import weft.diagnostics.Diagnostics;
import weft.model.Study;
import weft.read.ProjectFiles;
import weft.words.ProjectWords;

/**
 * The anonymised review copy's study for a writer other than the build ({@code weft export --anonymous}): the study
 * anonymised as {@code --anonymous} builds it ({@link Anonymised}: no authors, their names replaced in the researchers'
 * texts, the coders named by number), and what identifies the authors, to search the written files for.
 *
 * @param study      the anonymised study
 * @param identities every string that identifies an author or an affiliation
 */
public record AnonymousCopy(Study study, List<String> identities) {

    /** The anonymised copy of {@code study}, in its language's words ("[Author]", "Coder 1"). */
    public static AnonymousCopy of(Study study, ProjectFiles files, Diagnostics diagnostics) {
        Anonymised anonymised = Anonymised.of(study, Optional.empty(), ProjectWords.of(study.info(), files, diagnostics),
                new Diagnostics()); // its notes are the build's; the writer says what it wrote
        return new AnonymousCopy(anonymised.study(), anonymised.identities());
    }

    /** Whether {@code text} names an author or an affiliation, a whole word, as the copy replaces them. */
    public boolean names(String text) {
        return !identities.isEmpty() && AnonymityScan.anyOf(identities).matcher(text).find();
    }
}
