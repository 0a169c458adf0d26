package weft.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Predicate;
import weft.diff.CodingDiff.NodeChange;
import weft.diff.CodingDiff.ParticipantChange;
import weft.diff.CodingDiff.QuoteChange;
import weft.diff.CodingDiff.QuoteKind;

/** A {@link CodingDiff} written for people (a terminal summary) and for programs (JSON). */
public final class DiffReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);

    private DiffReport() {
    }

    /** The diff as a JSON document: every list of {@link CodingDiff}, kinds in lower case. */
    public static String json(CodingDiff diff) {
        try {
            // the pretty printer ends lines as the system does: the same bytes everywhere
            return JSON.writeValueAsString(diff).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diff as lines for a terminal, beginning with a one-line summary. */
    public static String text(CodingDiff diff) {
        StringBuilder out = new StringBuilder();
        if (diff.isEmpty()) {
            return "No changes in the coding from " + diff.from() + " to " + diff.to() + ".\n";
        }
        out.append("Changes in the coding from ").append(diff.from()).append(" to ").append(diff.to()).append('\n');
        if (!diff.quotes().isEmpty()) {
            out.append("\nQuotes: ").append(tally(diff.quotes(), QuoteChange::kind, QuoteKind.values())).append('\n');
            for (QuoteChange q : diff.quotes()) {
                out.append("  ").append(pad(name(q.kind()), 9)).append(q.id());
                if (!q.previousId().equals(q.id())) {
                    out.append(" (was ").append(q.previousId()).append(')');
                }
                if (!q.opening().isEmpty()) {
                    out.append(" \"").append(q.opening()).append('"');
                }
                switch (q.kind()) {
                    case MOVED -> out.append(": from ").append(String.join(", ", q.fromNodes())).append(" to ")
                            .append(String.join(", ", q.toNodes()));
                    case ADDED -> out.append(": coded to ").append(String.join(", ", q.toNodes()));
                    case REMOVED -> out.append(": was coded to ").append(String.join(", ", q.fromNodes()));
                    case REWORDED, EXCERPTED, ORIGINAL_REWORDED, ORIGINAL_EXCERPTED, REDUCED -> out.append(": ").append(words(q.words()));
                    case REATTRIBUTED -> out.append(": from ").append(who(q.fromParticipant())).append(" to ")
                            .append(who(q.toParticipant()));
                }
                out.append('\n');
            }
        }
        if (!diff.nodes().isEmpty()) {
            out.append("\nNodes: ").append(tally(diff.nodes(), NodeChange::kind, CodingDiff.NodeKind.values())).append('\n');
            for (NodeChange n : diff.nodes()) {
                out.append("  ").append(pad(name(n.kind()), 11)).append(n.id());
                if (!n.previousId().isEmpty()) {
                    out.append(" (was ").append(n.previousId()).append(')');
                }
                switch (n.kind()) {
                    case RELABELLED -> out.append(": \"").append(n.before()).append("\" -> \"").append(n.after()).append('"');
                    case MOVED -> out.append(": from ").append(parent(n.before())).append(" to ").append(parent(n.after()));
                    case MERGED, SPLIT -> out.append(" \"").append(n.label()).append("\" into ").append(String.join(", ", n.into()));
                    case ADDED, REMOVED -> out.append(" \"").append(n.label()).append('"');
                }
                out.append('\n');
            }
        }
        if (!diff.participants().isEmpty()) {
            out.append("\nParticipants: ").append(tally(diff.participants(), ParticipantChange::kind,
                    CodingDiff.ParticipantKind.values())).append('\n');
            for (ParticipantChange p : diff.participants()) {
                out.append("  ").append(pad(name(p.kind()), 9)).append(p.id());
                if (!p.fields().isEmpty()) {
                    out.append(": ").append(String.join(", ", p.fields()));
                }
                out.append('\n');
            }
        }
        if (!diff.counts().isEmpty() && diff.participantsDeclared()) {
            out.append("\nCounts (quotes coded to a node or below it; the participants and groups they come from):\n");
            diff.counts().forEach(c -> out.append("  ").append(c.id()).append(": quotes ").append(c.before()).append(" -> ")
                    .append(c.after()).append(", participants ").append(c.participantsBefore()).append(" -> ")
                    .append(c.participantsAfter()).append('\n'));
        } else if (!diff.counts().isEmpty()) {
            out.append("\nCounts (quotes coded to a node or below it):\n");
            diff.counts().forEach(c -> out.append("  ").append(c.id()).append(": ").append(c.before()).append(" -> ")
                    .append(c.after()).append('\n'));
        }
        if (!diff.shared().isEmpty()) {
            out.append("\nNodes that share quotes (quotes coded to two nodes or more, neither within the other: ")
                    .append(diff.shared().before()).append(" -> ").append(diff.shared().after()).append("):\n");
            diff.shared().pairs().forEach(p -> out.append("  ").append(p.first()).append(" + ").append(p.second()).append(": ")
                    .append(p.before()).append(" -> ").append(p.after()).append('\n'));
        }
        if (!diff.presented().isEmpty()) {
            out.append("\nIn the article:\n");
            diff.presented().forEach(p -> out.append("  ").append(p.id()).append(p.presented() ? ": newly presented"
                    : ": no longer presented").append('\n'));
        }
        for (CodingDiff.TextChange t : diff.texts()) {
            out.append('\n').append(t.node().isEmpty() ? t.path() : "the narrative of " + t.node()).append(":\n");
            for (TextDiff.SentenceChange s : t.sentences()) {
                if (s.before().isEmpty()) {
                    out.append("  + ").append(s.after()).append('\n');
                } else if (s.after().isEmpty()) {
                    out.append("  - ").append(s.before()).append('\n');
                } else {
                    out.append("  ~ ").append(words(s.words())).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** A word diff as text: removed words in [- -], added ones in {+ +}. */
    static String words(List<TextDiff.Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (TextDiff.Segment s : segments) {
            out.append(out.isEmpty() ? "" : " ");
            switch (s.kind()) {
                case SAME -> out.append(s.text());
                case REMOVED -> out.append("[-").append(s.text()).append("-]");
                case ADDED -> out.append("{+").append(s.text()).append("+}");
            }
        }
        return out.toString();
    }

    static <T, K extends Enum<K>> String tally(List<T> items, java.util.function.Function<T, K> kind, K[] kinds) {
        StringBuilder out = new StringBuilder();
        for (K k : kinds) {
            Predicate<T> of = item -> kind.apply(item) == k;
            long n = items.stream().filter(of).count();
            if (n > 0) {
                out.append(out.isEmpty() ? "" : ", ").append(n).append(' ').append(name(k));
            }
        }
        return out.toString();
    }

    private static String who(String participant) {
        return participant.isEmpty() ? "no participant" : participant;
    }

    private static String parent(String id) {
        return id.isEmpty() ? "the top level" : id;
    }

    /** A kind as its own {@code toString} writes it: lower case, words joined by {@code -}. */
    private static String name(Enum<?> kind) {
        return kind.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }
}
