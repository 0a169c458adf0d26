package weft.render.checklist;

import java.util.List;
import weft.render.evidence.EvidenceView.Frame;

/**
 * What the checklist templates show: plain values only, escaped by the templates.
 *
 * @param frame  the evidence site's frame (the HTML page is one of its pages); the print template ignores it
 * @param title  the checklist's name ("COREQ")
 * @param source the paper the items come from, with its DOI
 * @param pdf    href of the checklist's PDF, from the HTML page
 */
public record ChecklistView(Frame frame, String lang, String title, String studyTitle, String source, String doi,
                            String pdf, List<Group> groups) {

    /** The items of one group of the checklist ("Study design: setting"), in the checklist's order. */
    public record Group(String name, List<Row> items) {
    }

    /**
     * One item. {@code status} is reported, notApplicable, notReported or missing; {@code href} and {@code place} lead
     * to the article's place (reported only), {@code page} is its page in article.pdf (empty when not laid out).
     */
    public record Row(String id, String name, String question, String status, String href, String place, String page,
                      String reason) {
    }
}
