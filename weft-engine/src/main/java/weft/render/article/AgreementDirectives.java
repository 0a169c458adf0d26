package weft.render.article;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import weft.agreement.AgreementReport;
import weft.agreement.CoderAgreement;
import weft.agreement.Measures;
import weft.diagnostics.Diagnostics;
import weft.model.FrameIndex;
import weft.model.Study;
import weft.prose.Directive;
import weft.words.Words;

/**
 * The {@code {{agreement:WHAT}}} and {@code {{agreement:WHAT:NODE}}} directives: the agreement between coders
 * computed from the quotes' codings. WHAT is a measure (percent, cohen, fleiss, alpha; option: the number of
 * decimals, 0 to 4) or a count (coders, units, complete; the number options). The agreement is computed once, on
 * the first directive that asks for it.
 */
final class AgreementDirectives {

    static final List<String> MEASURES = List.of("percent", "cohen", "fleiss", "alpha");
    static final List<String> COUNTS = List.of("coders", "units", "complete");
    private static final List<String> DECIMALS = List.of("0", "1", "2", "3", "4");

    private final Study study;
    private final FrameIndex index;
    private final Words words;
    private AgreementReport report;

    AgreementDirectives(Study study, FrameIndex index, Words words) {
        this.study = study;
        this.index = index;
        this.words = words;
    }

    /** The text of {@code d}, or an error at it (then the directive's source text). */
    List<Node> render(Directive d, Diagnostics diagnostics) {
        String[] parts = d.argument().split(":", 2);
        String what = parts[0].strip();
        Optional<String> node = parts.length > 1 ? Optional.of(parts[1].strip()) : Optional.empty();
        boolean measure = MEASURES.contains(what);
        if (!measure && !COUNTS.contains(what)) {
            return error(d, diagnostics, "unknown agreement '" + what + "' (known: " + String.join(", ", MEASURES) + ", "
                    + String.join(", ", COUNTS) + ", each optionally :NODE)");
        }
        List<String> options = measure ? DECIMALS : Words.NUMBER_OPTIONS;
        if (!d.option().isEmpty() && !options.contains(d.option())) {
            return error(d, diagnostics, "unknown option '" + d.option() + "' in " + d.source() + " (allowed: "
                    + (measure ? "the number of decimals, 0 to 4" : String.join(", ", options)) + ")");
        }
        if (node.isPresent() && index.node(node.get()).isEmpty()) {
            return error(d, diagnostics, "unknown node '" + node.get() + "' in agreement '" + d.argument() + "'"
                    + index.nodeSuggestion(node.get()));
        }
        AgreementReport r = report();
        if (!r.applies()) {
            return error(d, diagnostics, "no agreement to print: the quotes' codings (qda.codings) name "
                    + (r.coders().isEmpty() ? "no coder" : "one coder, '" + r.coders().get(0) + "'") + "; two or more are needed");
        }
        if (what.equals("coders")) {
            return text(words.number(r.coders().size(), d.option()));
        }
        Optional<Measures> measures = node.isEmpty() ? Optional.of(r.overall())
                : r.node(node.get()).map(AgreementReport.NodeAgreement::measures);
        if (measures.isEmpty()) {
            return error(d, diagnostics, "no agreement on node '" + node.get() + "': no coder coded a quote to it");
        }
        Measures m = measures.get();
        if (!measure) {
            return text(words.number(what.equals("units") ? m.units() : m.complete(), d.option()));
        }
        OptionalDouble value = m.measure(what);
        if (value.isEmpty()) {
            return error(d, diagnostics, why(what, r, m));
        }
        int decimals = d.option().isEmpty() ? (what.equals("percent") ? 1 : 2) : Integer.parseInt(d.option());
        return text(what.equals("percent") ? words.percent(value.getAsDouble(), decimals) : words.decimal(value.getAsDouble(), decimals));
    }

    private static String why(String what, AgreementReport r, Measures m) {
        if (what.equals("cohen") && r.coders().size() != 2) {
            return "Cohen's kappa is for two coders; the codings name " + r.coders().size() + " (use fleiss or alpha)";
        }
        int units = what.equals("alpha") ? m.units() : m.complete();
        return units == 0 ? "'" + what + "' is not defined: no quote was judged by "
                + (what.equals("alpha") ? "two coders" : "every coder")
                : "'" + what + "' is not defined: the coders gave one and the same value to all " + units + " units"
                + " (no disagreement is possible by chance)";
    }

    private AgreementReport report() {
        if (report == null) {
            report = CoderAgreement.of(study, index);
        }
        return report;
    }

    private static List<Node> text(String s) {
        return List.of(new TextNode(s));
    }

    private static List<Node> error(Directive d, Diagnostics diagnostics, String message) {
        diagnostics.error(d.position(), message);
        return List.of(new TextNode(d.source()));
    }
}
