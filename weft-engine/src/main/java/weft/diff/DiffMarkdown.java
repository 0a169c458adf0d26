package weft.diff;

import java.util.List;
import java.util.regex.Pattern;
import weft.diff.CodingDiff.CountChange;
import weft.diff.CodingDiff.NodeChange;
import weft.diff.CodingDiff.ParticipantChange;
import weft.diff.CodingDiff.QuoteChange;
import weft.diff.CodingDiff.QuoteKind;

/**
 * A {@link CodingDiff} as Markdown (CommonMark with GitHub's tables and strikethrough), for a response to reviewers, a
 * pull request or a cover letter: a heading, each kind of change as a table, removed words struck through and added
 * ones in bold. Every text that comes from the study (labels, quote words, sentences, ids) is escaped, so a quote's
 * words never become a link, an image, a table's column or HTML.
 */
public final class DiffMarkdown {

    /**
     * The characters that could make Markdown or HTML of a text in a line that Weft begins (emphasis, code, links and
     * images, HTML and entities, a table's column, strikethrough, a heading's closing marks); each is escaped with a
     * backslash, which CommonMark allows before any punctuation.
     */
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~&#])");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029]+");

    private DiffMarkdown() {
    }

    /** The diff as a Markdown document, beginning with a second-level heading. */
    public static String markdown(CodingDiff diff) {
        StringBuilder out = new StringBuilder();
        if (diff.isEmpty()) {
            return "No changes in the coding from " + text(diff.from()) + " to " + text(diff.to()) + ".\n";
        }
        out.append("## Changes in the coding from ").append(text(diff.from())).append(" to ").append(text(diff.to()))
                .append("\n");
        if (!diff.quotes().isEmpty()) {
            section(out, "Quotes", DiffReport.tally(diff.quotes(), QuoteChange::kind, QuoteKind.values()));
            out.append("| Change | Quote | What changed |\n|---|---|---|\n");
            for (QuoteChange q : diff.quotes()) {
                row(out, q.kind().toString(), code(q.id()) + (q.previousId().equals(q.id()) ? "" : " (was " + code(q.previousId()) + ")")
                        + (q.opening().isEmpty() ? "" : " \u201c" + text(q.opening()) + "\u201d"),
                        switch (q.kind()) {
                            case MOVED -> "from " + codes(q.fromNodes()) + " to " + codes(q.toNodes());
                            case ADDED -> "coded to " + codes(q.toNodes());
                            case REMOVED -> "was coded to " + codes(q.fromNodes());
                            case REWORDED, EXCERPTED, ORIGINAL_REWORDED, ORIGINAL_EXCERPTED, REDUCED -> words(q.words());
                            case REATTRIBUTED -> "from " + who(q.fromParticipant()) + " to " + who(q.toParticipant());
                        });
            }
        }
        if (!diff.nodes().isEmpty()) {
            section(out, "Nodes", DiffReport.tally(diff.nodes(), NodeChange::kind, CodingDiff.NodeKind.values()));
            out.append("| Change | Node | What changed |\n|---|---|---|\n");
            for (NodeChange n : diff.nodes()) {
                String node = code(n.id()) + (n.previousId().isEmpty() ? "" : " (was " + code(n.previousId()) + ")");
                row(out, n.kind().toString(), node, switch (n.kind()) {
                    case RELABELLED -> "\u201c" + text(n.before()) + "\u201d \u2192 \u201c" + text(n.after()) + "\u201d";
                    case MOVED -> "from " + parent(n.before()) + " to " + parent(n.after());
                    case MERGED, SPLIT -> "\u201c" + text(n.label()) + "\u201d into " + codes(n.into());
                    case ADDED, REMOVED -> "\u201c" + text(n.label()) + "\u201d";
                });
            }
        }
        if (!diff.participants().isEmpty()) {
            section(out, "Participants", DiffReport.tally(diff.participants(), ParticipantChange::kind,
                    CodingDiff.ParticipantKind.values()));
            out.append("| Change | Participant | Fields changed |\n|---|---|---|\n");
            for (ParticipantChange p : diff.participants()) {
                // as text, not code: a pipe in an attribute's name is escaped alike by every parser's tables
                row(out, p.kind().toString(), code(p.id()), String.join(", ", p.fields().stream().map(DiffMarkdown::text).toList()));
            }
        }
        if (!diff.counts().isEmpty()) {
            out.append("\n### Counts\n\n");
            if (diff.participantsDeclared()) {
                out.append("Quotes coded to a node or below it, and the participants and groups they come from.\n\n")
                        .append("| Node | Quotes before | Quotes after | Participants before | Participants after |\n")
                        .append("|---|--:|--:|--:|--:|\n");
            } else {
                out.append("Quotes coded to a node or below it.\n\n| Node | Before | After |\n|---|--:|--:|\n");
            }
            for (CountChange c : diff.counts()) {
                out.append("| ").append(text(c.label())).append(" (").append(code(c.id())).append(") | ").append(c.before())
                        .append(" | ").append(c.after());
                if (diff.participantsDeclared()) {
                    out.append(" | ").append(c.participantsBefore()).append(" | ").append(c.participantsAfter());
                }
                out.append(" |\n");
            }
        }
        if (!diff.shared().isEmpty()) {
            out.append("\n### Nodes that share quotes\n\nQuotes coded to two nodes or more, neither within the other: ")
                    .append(diff.shared().before()).append(" before, ").append(diff.shared().after()).append(" after.\n");
            if (!diff.shared().pairs().isEmpty()) {
                out.append("\n| Node | Node | Shared before | Shared after |\n|---|---|--:|--:|\n");
                for (CodingDiff.SharedChange p : diff.shared().pairs()) {
                    out.append("| ").append(text(p.firstLabel())).append(" (").append(code(p.first())).append(") | ")
                            .append(text(p.secondLabel())).append(" (").append(code(p.second())).append(") | ")
                            .append(p.before()).append(" | ").append(p.after()).append(" |\n");
                }
            }
        }
        if (!diff.presented().isEmpty()) {
            out.append("\n### In the article\n\n");
            diff.presented().forEach(p -> out.append("- ").append(code(p.id()))
                    .append(p.presented() ? ": newly presented" : ": no longer presented").append('\n'));
        }
        if (!diff.texts().isEmpty()) {
            out.append("\n### Changed sentences\n");
        }
        for (CodingDiff.TextChange t : diff.texts()) {
            out.append("\n").append(t.node().isEmpty() ? code(t.path()) : "The narrative of " + code(t.node())).append(":\n\n");
            for (TextDiff.SentenceChange s : t.sentences()) {
                if (s.before().isEmpty()) {
                    out.append("- added: ").append(text(s.after())).append('\n');
                } else if (s.after().isEmpty()) {
                    out.append("- removed: ~~").append(text(s.before())).append("~~\n");
                } else {
                    out.append("- changed: ").append(words(s.words())).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, String tally) {
        out.append("\n### ").append(title).append("\n\n").append(tally).append(".\n\n");
    }

    private static void row(StringBuilder out, String kind, String what, String how) {
        out.append("| ").append(kind).append(" | ").append(what).append(" | ").append(how).append(" |\n");
    }

    /** A word diff: removed words struck through, added ones in bold. */
    private static String words(List<TextDiff.Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (TextDiff.Segment s : segments) {
            out.append(out.isEmpty() ? "" : " ");
            switch (s.kind()) {
                case SAME -> out.append(text(s.text()));
                case REMOVED -> out.append("~~").append(text(s.text())).append("~~");
                case ADDED -> out.append("**").append(text(s.text())).append("**");
            }
        }
        return out.toString();
    }

    private static String codes(List<String> ids) {
        return ids.isEmpty() ? "no node" : String.join(", ", ids.stream().map(DiffMarkdown::code).toList());
    }

    private static String who(String participant) {
        return participant.isEmpty() ? "no participant" : code(participant);
    }

    private static String parent(String id) {
        return id.isEmpty() ? "the top level" : code(id);
    }

    /**
     * An id or a path, in a code span (never in a table's cell unless it is an id: letters, digits and hyphens); a path
     * may hold a backtick, so the span's fence is one backtick longer than the longest run of them inside.
     */
    static String code(String id) {
        String flat = LINE_BREAKS.matcher(id).replaceAll(" ");
        int longest = 0;
        int run = 0;
        for (char c : flat.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") || flat.isBlank() ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    /** Text of the study, as text: on one line, every character Markdown or HTML could read escaped. */
    static String text(String text) {
        return SPECIAL.matcher(LINE_BREAKS.matcher(text).replaceAll(" ")).replaceAll("\\\\$1");
    }
}
