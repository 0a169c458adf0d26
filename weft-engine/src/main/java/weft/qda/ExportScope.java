package weft.qda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import weft.build.AnonymousCopy;
import weft.build.ForAudience;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.Audience;
import weft.model.Quote;
import weft.model.Study;
import weft.read.ProjectFiles;

/**
 * What an export holds of a study: the study as its audience reads it (for the team all of it; for the public or the
 * reviewers what their build publishes: every node and participant, as the build's tree and tables print them, and
 * only the quotes that audience reads), anonymised where asked as the review copy is, the coders' names as the export writes them, and what the project's description adds about it.
 *
 * @param study  the study the export writes
 * @param coders each coder's name to the name the export gives ("Coder 1" in an anonymised export; empty otherwise)
 * @param forWhom the words the project's description adds ("" for the team's export)
 * @param copy   the anonymised copy, to search the written files for the authors' names
 * @param origin what the export says wrote it: Weft and its version, and for whom where it leaves something out
 */
record ExportScope(Study study, Map<String, String> coders, String forWhom, Optional<AnonymousCopy> copy, String origin) {

    /** The scope of an export of {@code study} for {@code audience}, {@code anonymous} or not; each said in a note. */
    static ExportScope of(Study study, ProjectFiles files, Audience audience, boolean anonymous, Diagnostics diagnostics) {
        Optional<AnonymousCopy> copy = anonymous ? Optional.of(AnonymousCopy.of(study, files, diagnostics)) : Optional.empty();
        Map<String, String> coders = Map.of();
        String forWhom = "";
        Study scoped = study;
        if (copy.isPresent()) {
            coders = coderNames(study, copy.get().study());
            scoped = copy.get().study();
            forWhom = ", anonymised for a double-anonymous review (the authors' names replaced, "
                    + count(coders.size(), "coder") + " named by number)";
            diagnostics.note(SourcePosition.ofFile(ProjectFiles.STUDY), "an anonymised export: the authors and affiliations"
                    + " named nowhere, their names replaced in the coding frame's descriptions, the sources' names and the"
                    + " participants' attributes, " + count(coders.size(), "coder") + " named by number");
        }
        if (audience != Audience.TEAM) {
            Study shown = ForAudience.published(scoped, audience);
            String held = leftOut(scoped, shown);
            forWhom = " for the audience '" + audience.written() + "': " + held + forWhom;
            diagnostics.note(SourcePosition.ofFile(ProjectFiles.QUOTES_DIR), "an export for the audience '" + audience.written()
                    + "': " + held + "; an import of it into this study would remove what it leaves out: it is for a data"
                    + " archive or a reader, not for the team's recoding (export with the audience 'team' for that)");
            scoped = shown;
        }
        List<String> partial = new ArrayList<>();
        if (audience != Audience.TEAM) {
            partial.add("for the audience '" + audience.written() + "'");
        }
        copy.ifPresent(c -> partial.add("anonymised"));
        // an import over the study refuses such a file: it would take out what the export left out
        String origin = QdaExport.ORIGIN + (partial.isEmpty() ? "" : " (" + String.join(", ", partial) + ")");
        return new ExportScope(scoped, coders, forWhom, copy, origin);
    }

    /**
     * An anonymised export that still names an author or an affiliation in {@code projectQde} (or the codebook, where
     * there are no {@code texts}) or in a source's text, from text the copy does not anonymise (a quote's words, a
     * node's label): a warning, as the anonymised build gives one, naming where, never the names.
     */
    void stillNamed(String projectQde, Map<String, String> texts, Diagnostics diagnostics) {
        if (copy.isEmpty()) {
            return;
        }
        List<String> naming = new ArrayList<>();
        if (copy.get().names(projectQde)) {
            naming.add(texts.isEmpty() ? "the codebook" : "project.qde");
        }
        texts.forEach((entry, text) -> {
            if (copy.get().names(text)) {
                naming.add(entry);
            }
        });
        if (!naming.isEmpty()) {
            diagnostics.warning(SourcePosition.ofFile(ProjectFiles.STUDY), "the anonymised export still names an author or an"
                    + " affiliation in " + String.join(", ", naming) + ": from text it does not anonymise (a quote's words,"
                    + " a node's label ...); replace the name there (in a quote, as \"[interviewer]\"), or share this"
                    + " export only once it is gone");
        }
    }

    private static String count(int n, String what) {
        return String.format(Locale.ROOT, "%,d %s%s", n, what, n == 1 ? "" : "s");
    }

    /** What an export for an audience holds and leaves out of {@code study}, as its description and note say. */
    private static String leftOut(Study study, Study shown) {
        int withheld = study.quotes().size() - shown.quotes().size();
        Map<String, Quote> held = new HashMap<>();
        study.quotes().forEach(q -> held.putIfAbsent(q.id(), q));
        int cut = (int) shown.quotes().stream().filter(q -> held.get(q.id()) != q).count(); // shown as its excerpt
        return count(shown.quotes().size(), "quote") + " (" + (cut == 0 ? "" : cut + " as " + (cut == 1 ? "its excerpt"
                : "their excerpts") + " alone, ") + withheld + " withheld for privacy left out)";
    }

    /** Each coder's name to what the anonymised copy calls the coder ("Coder 1"), from the quotes' codings side by side. */
    private static Map<String, String> coderNames(Study study, Study anonymised) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < study.quotes().size(); i++) {
            List<Quote.Coding> was = study.quotes().get(i).codings();
            List<Quote.Coding> is = anonymised.quotes().get(i).codings();
            for (int j = 0; j < was.size(); j++) {
                if (!was.get(j).coder().isBlank()) {
                    names.putIfAbsent(was.get(j).coder(), is.get(j).coder());
                }
            }
        }
        return names;
    }
}
