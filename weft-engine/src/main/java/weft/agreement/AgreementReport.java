package weft.agreement;

import java.util.List;
import java.util.Optional;

/**
 * The agreement between the coders of a study.
 *
 * @param coders  the coders the quotes' codings name, in alphabetical order
 * @param overall over every quote that carries codings: each coder's value is the set of nodes they coded it to
 * @param nodes   per node that some coder coded a quote to, in the frame's order: each coder's value is whether they
 *                coded the quote to the node
 */
public record AgreementReport(List<String> coders, Measures overall, List<NodeAgreement> nodes) {

    /** The agreement on one node. */
    public record NodeAgreement(String node, Measures measures) {
    }

    /** Whether there is anything to report: codings by two coders or more. */
    public boolean applies() {
        return coders.size() >= 2;
    }

    public Optional<NodeAgreement> node(String id) {
        return nodes.stream().filter(n -> n.node().equals(id)).findFirst();
    }
}
