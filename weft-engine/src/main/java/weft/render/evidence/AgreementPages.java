package weft.render.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import weft.agreement.AgreementReport;
import weft.agreement.CoderAgreement;
import weft.agreement.Measures;
import weft.model.CodeNode;
import weft.publish.OutputNames;
import weft.render.evidence.EvidenceView.AgreementPage;
import weft.render.evidence.EvidenceView.AgreementRow;
import weft.render.evidence.EvidenceView.AgreementSummary;
import weft.render.evidence.EvidenceView.Link;

/**
 * The agreement between coders, where the quotes' codings name two coders or more: a page with a table (overall,
 * then per node) and the overview's pointer to it. Computed once per build.
 */
final class AgreementPages {

    private static final String DASH = "\u2014";

    private final Evidence evidence;
    private final AgreementReport report;

    AgreementPages(Evidence evidence) {
        this.evidence = evidence;
        this.report = CoderAgreement.of(evidence.study, evidence.index);
    }

    boolean applies() {
        return report.applies();
    }

    /** The overview's pointer; null when there is no page. */
    AgreementSummary summary(String fromPage) {
        return applies() ? new AgreementSummary(RelativeLinks.between(fromPage, OutputNames.AGREEMENT), report.coders(),
                decimal(report.overall().alpha())) : null;
    }

    AgreementPage view() {
        String page = OutputNames.AGREEMENT;
        String title = evidence.words.get("agreementTitle");
        List<Link> crumbs = List.of(new Link(RelativeLinks.between(page, OutputNames.EVIDENCE), "", evidence.words.get("navEvidence")),
                new Link(null, "", title));
        List<AgreementRow> rows = new ArrayList<>();
        for (AgreementReport.NodeAgreement n : report.nodes()) {
            CodeNode node = evidence.index.node(n.node()).orElseThrow();
            rows.add(row(evidence.nodeLink(node, page), n.measures()));
        }
        return new AgreementPage(evidence.frame(page, title, crumbs, List.of()), report.coders(), report.coders().size() == 2,
                row(null, report.overall()), List.copyOf(rows));
    }

    private AgreementRow row(Link node, Measures m) {
        return new AgreementRow(node, m.units(), m.complete(),
                m.percent().isPresent() ? evidence.words.percent(m.percent().getAsDouble(), 1) : DASH,
                decimal(m.cohen()), decimal(m.fleiss()), decimal(m.alpha()));
    }

    private String decimal(OptionalDouble value) {
        return value.isPresent() ? evidence.words.decimal(value.getAsDouble(), 2) : DASH;
    }
}
