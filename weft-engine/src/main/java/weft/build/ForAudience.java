package weft.build;

import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.Audience;
import weft.model.CodeNode;
import weft.model.FrameIndex;
import weft.model.Quote;
import weft.model.Study;
import weft.read.ProjectFiles;

/**
 * What a build for an audience publishes: the study without the quotes of narrower audiences (so that no later stage
 * can print them) and with the excerpt in place of a whole text for a narrower audience ({@link Quote#shownTo}), an
 * index that knows of the withheld quotes only how many there are per node (the counts stay the analysis's), and the
 * inputs the PDF may embed: not the quote files that hold a withheld quote or text.
 */
public record ForAudience(Study study, FrameIndex index, Set<String> withheldFiles) {

    /** The study as {@code audience} may read it: without the quotes of narrower audiences (for weft diff). */
    public static Study published(Study study, Audience audience) {
        return of(study, audience, new Diagnostics()).study();
    }

    static ForAudience of(Study study, Audience audience, Diagnostics diagnostics) {
        List<Quote> published = new ArrayList<>();
        List<Quote> withheld = new ArrayList<>();
        Set<String> files = new TreeSet<>();
        int cut = 0;
        FrameIndex frame = new FrameIndex(study.frame(), study.quotes());
        Map<String, Audience> participants = study.info().participantAudiences();
        for (Quote q : study.quotes()) {
            if (audience.sees(audienceOf(q, frame, participants))) {
                Quote shown = q.shownTo(audience);
                published.add(shown);
                if (shown != q) {
                    cut++;
                    files.add(q.position().path());
                }
            } else {
                withheld.add(q);
                files.add(q.position().path());
            }
        }
        if (audience != Audience.PUBLIC || !withheld.isEmpty() || cut > 0) {
            diagnostics.note(SourcePosition.ofFile(ProjectFiles.QUOTES_DIR), "a build for the audience '" + audience.written()
                    + "': " + published.size() + " quote" + (published.size() == 1 ? "" : "s") + " published" + (cut == 0 ? ""
                    : " (" + cut + " as " + (cut == 1 ? "its excerpt" : "their excerpts") + " alone, the whole text for a"
                    + " narrower audience)") + ", " + withheld.size() + " withheld for privacy" + (withheld.isEmpty() ? "" : " (left"
                    + " out of every output; the counts include them; the PDF does not embed " + String.join(", ", files) + ")")
                    + (withheld.isEmpty() && !files.isEmpty() ? "; the PDF does not embed " + String.join(", ", files) : "")
                    + (audience == Audience.PUBLIC ? "" : "; not for publication"));
        }
        Study shown = new Study(study.info(), study.frame(), List.copyOf(published), study.sections(), study.values(),
                study.checklist());
        return new ForAudience(shown, new FrameIndex(study.frame(), published, withheld, audience), Set.copyOf(files));
    }

    /**
     * The narrowest of the quote's own audience, its participant's and those of the nodes it is coded to and of the nodes
     * above them.
     */
    static Audience audienceOf(Quote quote, FrameIndex frame, Map<String, Audience> participants) {
        Audience narrowest = quote.participant().map(p -> participants.getOrDefault(p.id(), Audience.PUBLIC)).orElse(Audience.PUBLIC)
                .narrower(quote.audience());
        for (var code : quote.codes()) {
            for (CodeNode node : frame.path(code.id())) {
                narrowest = narrowest.narrower(node.audience());
            }
        }
        return narrowest;
    }

    /** The inputs the build may embed and list: all but the quote files that hold a withheld quote. */
    List<String> inputs(List<String> all) {
        return all.stream().filter(path -> !withheldFiles.contains(path)).toList();
    }
}
