package weft.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import weft.model.CodeNode;
import weft.model.FrameIndex;
import weft.model.Quote;
import weft.model.Study;

/**
 * Turns the codings of a study's quotes ({@code qda.codings}: a node and a coder each) into units for the measures.
 * <ul>
 *   <li>A unit is a quote with at least one coding that names its coder.</li>
 *   <li>A coder judged a quote when they coded anything in the quote's source (its {@code source.file}, else its
 *       quote file): coders who split the sources, or a second coder who coded a sample of them, leave the others'
 *       quotes missing, not disagreed with. In a source they coded, a quote they did not code is their "not coded".</li>
 *   <li>Overall, a coder's value for a quote is the set of nodes they coded it to; per node, whether they coded it to
 *       that node. Codings to a node do not count for the nodes above it.</li>
 * </ul>
 */
public final class CoderAgreement {

    private static final String YES = "yes";
    private static final String NO = "no";
    /** The value of a coder who judged a quote and coded it to no node. */
    private static final String NONE = "(none)";

    private CoderAgreement() {
    }

    public static AgreementReport of(Study study, FrameIndex index) {
        Set<String> coderSet = new TreeSet<>();
        Map<String, Set<String>> sourcesOf = new HashMap<>(); // coder -> sources they coded in
        List<Quote> units = new ArrayList<>();
        for (Quote q : study.quotes()) {
            boolean unit = false;
            for (Quote.Coding c : q.codings()) {
                if (!c.coder().isEmpty() && index.node(c.node().id()).isPresent()) {
                    coderSet.add(c.coder());
                    sourcesOf.computeIfAbsent(c.coder(), k -> new HashSet<>()).add(source(q));
                    unit = true;
                }
            }
            if (unit) {
                units.add(q);
            }
        }
        List<String> coders = List.copyOf(coderSet);
        if (coders.size() < 2) {
            return new AgreementReport(coders, NominalAgreement.of(List.of(), Math.max(coders.size(), 1)), List.of());
        }
        Map<Quote, List<Set<String>>> judged = new LinkedHashMap<>(); // per unit, per coder: its nodes, null: not judged
        Set<String> codedNodes = new HashSet<>();
        for (Quote q : units) {
            List<Set<String>> values = new ArrayList<>();
            for (String coder : coders) {
                if (!sourcesOf.get(coder).contains(source(q))) {
                    values.add(null);
                    continue;
                }
                Set<String> nodes = new TreeSet<>();
                q.codings().stream().filter(c -> c.coder().equals(coder) && index.node(c.node().id()).isPresent())
                        .forEach(c -> nodes.add(c.node().id()));
                codedNodes.addAll(nodes);
                values.add(nodes);
            }
            judged.put(q, values);
        }
        List<String[]> overall = new ArrayList<>();
        judged.values().forEach(v -> overall.add(v.stream().map(s -> s == null ? null : s.isEmpty() ? NONE : String.join(" + ", s)).toArray(String[]::new)));
        List<AgreementReport.NodeAgreement> nodes = new ArrayList<>();
        for (CodeNode node : index.preorder()) {
            if (!codedNodes.contains(node.id())) {
                continue;
            }
            List<String[]> perNode = new ArrayList<>();
            judged.values().forEach(v -> perNode.add(v.stream().map(s -> s == null ? null : s.contains(node.id()) ? YES : NO)
                    .toArray(String[]::new)));
            nodes.add(new AgreementReport.NodeAgreement(node.id(), NominalAgreement.of(perNode, coders.size())));
        }
        return new AgreementReport(coders, NominalAgreement.of(overall, coders.size()), List.copyOf(nodes));
    }

    private static String source(Quote q) {
        return q.source().file().isBlank() ? "quotes:" + q.position().path() : "file:" + q.source().file();
    }
}
