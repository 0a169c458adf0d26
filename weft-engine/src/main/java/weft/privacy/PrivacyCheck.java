package weft.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.TextMap;
import weft.model.Acknowledgement;
import weft.model.CodeNode;
import weft.model.Participant;
import weft.model.ProseSection;
import weft.model.Quote;
import weft.model.Study;
import weft.model.Text;

/**
 * Scans what the publication prints of people's and authors' words (quote texts and originals, narratives, prose),
 * of where the quotes come from (a source's note, thread, message, file and recording, which the evidence pages print)
 * and of who said them (a participant's citedAs and attributes' values, which attributions and tables print)
 * for identifiers, and reports each finding as a warning at its place, naming its kind but never repeating the text
 * (build logs are often public). A quote, node or prose file acknowledges a kind with a reason
 * ({@code privacy: [{kind: url, reason: ...}]}): its findings of that kind are then not reported, and an
 * acknowledgement that matches nothing is a note.
 */
public final class PrivacyCheck {

    /** Weft's own syntax in prose and narratives, blanked before the scan: directives, citations, cross-references. */
    private static final Pattern SYNTAX = Pattern.compile("\\{\\{[^{}\\n]{0,400}}}|\\[[^\\[\\]\\n]{0,1500}@[^\\[\\]\\n]{0,1500}]"
            + "|(?<![\\p{L}\\p{N}_@./\\\\-])@(?:(?:" + weft.prose.CrossRefLabels.KINDS + "|"
            + weft.prose.CrossRefLabels.CAPITALISED_KINDS + "|Tbl)-|(?:sec|fig|tab|tbl):|tbl-)[a-z0-9-]{1,200}");

    private final IdentifierScanner scanner;
    private final java.util.function.Predicate<String> isCitationKey;

    public PrivacyCheck(List<String> names) {
        this(names, key -> false);
    }

    /**
     * {@code isCitationKey} tells the bibliography's keys and the labels of Pandoc's example lists: a bare
     * {@code @smith2020} of the prose is a citation Weft warns of on its own, and {@code (@good)} an example, neither a
     * social-media handle.
     */
    public PrivacyCheck(List<String> names, java.util.function.Predicate<String> isCitationKey) {
        this.scanner = new IdentifierScanner(names);
        this.isCitationKey = isCitationKey;
    }

    public void check(Study study, Diagnostics diagnostics) {
        for (Quote q : study.quotes()) {
            Set<Identifier> found = new TreeSet<>();
            report(q.text(), q.textAt(), "quote '" + q.id() + "'", q.privacy(), found, diagnostics);
            q.original().ifPresent(o -> report(o.text(), q.textAt(), "the original of quote '" + q.id() + "'", q.privacy(),
                    found, diagnostics));
            // the excerpt's words are the text's; the author's own, in brackets, are new ("[Maria's nurse]")
            q.excerpt().ifPresent(e -> report(e.authorsWords(), e.textAt(), "the author's words in the excerpt of quote '"
                    + q.id() + "'", q.privacy(), found, diagnostics));
            q.original().flatMap(Quote.Original::excerpt).ifPresent(e -> report(e.authorsWords(), e.textAt(), "the author's words"
                    + " in the original's excerpt of quote '" + q.id() + "'", q.privacy(), found, diagnostics));
            q.reduced().ifPresent(r -> report(r.content(), r.map(), "the reduced expression of quote '" + q.id() + "'",
                    q.privacy(), found, diagnostics));
            q.source().written().forEach((field, text) -> report(text.content(), text.map(), "the source's " + field
                    + " of quote '" + q.id() + "'", q.privacy(), found, diagnostics));
            unused(q.privacy(), found, "quote '" + q.id() + "'", diagnostics);
        }
        for (Participant p : study.info().participants()) {
            Set<Identifier> found = new TreeSet<>();
            p.written().forEach((field, text) -> report(text.content(), text.map(), (field.startsWith("attributes.")
                    ? "the attribute '" + field.substring("attributes.".length()) + "'" : "the " + field) + " of participant '"
                    + p.id() + "'", p.privacy(), found, diagnostics));
            unused(p.privacy(), found, "participant '" + p.id() + "'", diagnostics);
        }
        for (CodeNode node : nodes(study.frame().roots(), new ArrayList<>())) {
            Set<Identifier> found = new TreeSet<>();
            node.narrative().ifPresent(n -> report(withoutCitations(blank(n.content())), n.map(), "the narrative of node '" + node.id() + "'",
                    node.privacy(), found, diagnostics));
            unused(node.privacy(), found, "node '" + node.id() + "'", diagnostics);
        }
        for (ProseSection s : study.sections()) {
            Set<Identifier> found = new TreeSet<>();
            Text body = s.body();
            report(withoutCitations(blank(body.content())), body::positionAt, s.path(), s.privacy(), found, diagnostics);
            unused(s.privacy(), found, s.path(), diagnostics);
        }
    }

    private void report(String text, TextMap map, String what, List<Acknowledgement> acknowledged, Set<Identifier> found,
                        Diagnostics diagnostics) {
        report(text, offset -> map.at(text, offset), what, acknowledged, found, diagnostics);
    }

    /** As above, each finding's position given by {@code at} (a prose section's, which may include other files). */
    private void report(String text, java.util.function.IntFunction<weft.diagnostics.SourcePosition> at, String what, List<Acknowledgement> acknowledged, Set<Identifier> found,
                        Diagnostics diagnostics) {
        for (IdentifierScanner.Finding f : scanner.scan(text)) {
            found.add(f.kind());
            if (acknowledged.stream().noneMatch(a -> a.kind().equals(f.kind().written()))) {
                diagnostics.warning(at.apply(f.start()), what + " contains what looks like " + f.kind().described()
                        + ": it may identify someone. Replace it (a pseudonym or a description in brackets, the same for"
                        + " every mention), or acknowledge it: privacy: [{kind: " + f.kind().written() + ", reason: ...}]");
            }
        }
    }

    private static void unused(List<Acknowledgement> acknowledged, Set<Identifier> found, String what, Diagnostics diagnostics) {
        for (Acknowledgement a : acknowledged) {
            if (Identifier.of(a.kind()).filter(found::contains).isEmpty()) {
                diagnostics.note(a.position(), what + " acknowledges " + a.kind() + ", but the check finds none in it:"
                        + " remove the acknowledgement");
            }
        }
    }

    /** {@code text} with Weft's own syntax blanked out, offsets kept. */
    static String blank(String text) {
        StringBuilder out = new StringBuilder(text);
        Matcher m = SYNTAX.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    /** {@code text} with each bare {@code @key} of a work blanked, offsets kept. */
    private String withoutCitations(String text) {
        if (text.indexOf('@') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        Matcher m = weft.prose.BareKeys.PATTERN.matcher(text);
        while (m.find()) {
            weft.prose.BareKeys.Key key = weft.prose.BareKeys.of(m);
            if (isCitationKey.test(key.key())) {
                for (int i = m.start(); i < key.end(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private static List<CodeNode> nodes(List<CodeNode> roots, List<CodeNode> into) {
        for (CodeNode n : roots) {
            into.add(n);
            nodes(n.children(), into);
        }
        return into;
    }
}
