package weft.render.checklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import weft.checklist.ChecklistCheck;
import weft.checklist.ChecklistDefinition;
import weft.diagnostics.Diagnostics;
import weft.model.Audience;
import weft.model.Checklist;
import weft.model.FrameIndex;
import weft.model.Study;
import weft.publish.OutputFiles;
import weft.publish.OutputNames;
import weft.render.article.Article;
import weft.render.evidence.EvidenceView.Frame;
import weft.render.evidence.EvidenceView.Link;
import weft.render.html.TemplateRenderer;
import weft.render.pdf.PdfWriter;
import weft.words.Words;

/**
 * Checks the study's checklist against the article and, once {@value OutputNames#PDF} is laid out, writes the filled
 * checklist: {@value OutputNames#CHECKLIST} (a page of the evidence site) and {@value OutputNames#CHECKLIST_PDF}, each
 * item with a link to its place in the article and the page of article.pdf on which the place begins.
 */
public final class ChecklistWriter {

    static final String PAGE_TEMPLATE = "evidence-checklist.ftlh";
    static final String PRINT_TEMPLATE = "checklist-print.ftlh";
    private static final String PAGE = OutputNames.CHECKLIST;

    private final TemplateRenderer templates;
    private final PdfWriter pdf;

    public ChecklistWriter(TemplateRenderer templates, PdfWriter pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /**
     * Checks the checklist and, when {@code pages} come from a laid-out article.pdf, writes it into
     * {@code publication}; nothing for a study without a checklist, or after errors. {@code changesPage}: whether the
     * evidence site has a "Changes in the coding" page for the menu to link.
     */
    public void write(Study study, FrameIndex index, Article article, OutputFiles publication,
                      Optional<Map<String, Integer>> pages, boolean changesPage, Diagnostics diagnostics) {
        if (study.checklist().isEmpty()) {
            return;
        }
        Document html = Jsoup.parse(Optional.ofNullable(publication.text(OutputNames.ARTICLE)).orElse(""));
        Set<String> ids = new HashSet<>();
        html.select("[id]").forEach(e -> ids.add(e.id()));
        Optional<ChecklistDefinition> definition = ChecklistCheck.check(study.checklist().get(), ids, diagnostics);
        if (definition.isEmpty() || pages.isEmpty() || diagnostics.hasErrors()) {
            return;
        }
        ChecklistView view = view(study, article.view().title(), definition.get(), html, pages.get(), article.words(),
                index.audience(), index.withheldCount(), changesPage);
        templates.render(PAGE_TEMPLATE, "page", view, article.words(), diagnostics).ifPresent(page -> publication.add(PAGE, page));
        pdf.document(PRINT_TEMPLATE, "page", view, article.words(), study, diagnostics)
                .ifPresent(bytes -> publication.add(OutputNames.CHECKLIST_PDF, bytes));
    }

    private static ChecklistView view(Study study, String studyTitle, ChecklistDefinition definition, Document html, Map<String, Integer> pages,
                                      Words words, Audience audience, int withheld, boolean changesPage) {
        Map<String, Checklist.Entry> answers = new LinkedHashMap<>();
        for (Checklist.Entry e : study.checklist().get().entries()) {
            definition.item(e.item()).ifPresent(i -> answers.putIfAbsent(i.id(), e));
        }
        Map<String, List<ChecklistView.Row>> groups = new LinkedHashMap<>();
        for (ChecklistDefinition.Item item : definition.items()) {
            Checklist.Entry e = answers.get(item.id());
            ChecklistView.Row row;
            if (e == null) {
                row = new ChecklistView.Row(item.id(), item.name(), item.question(), "missing", null, "", "", "");
            } else if (!e.place().isEmpty()) {
                Integer page = pages.get(e.place());
                row = new ChecklistView.Row(item.id(), item.name(), item.question(), "reported", "../index.html#" + e.place(),
                        placeLabel(html.getElementById(e.place())), page == null ? "" : page.toString(), "");
            } else {
                boolean na = !e.notApplicable().isEmpty();
                row = new ChecklistView.Row(item.id(), item.name(), item.question(), na ? "notApplicable" : "notReported", null,
                        "", "", na ? e.notApplicable() : e.notReported());
            }
            groups.computeIfAbsent(item.group(), g -> new ArrayList<>()).add(row);
        }
        List<ChecklistView.Group> list = new ArrayList<>();
        groups.forEach((name, rows) -> list.add(new ChecklistView.Group(name, List.copyOf(rows))));
        String title = words.format("checklistTitle", Map.of("name", definition.title()));
        List<Link> crumbs = List.of(new Link("index.html", "", words.get("navEvidence")), new Link(null, "", title));
        Frame frame = new Frame(study.info().language(), title + " \u2014 " + studyTitle, studyTitle,
                "index.html", "../index.html", "assets/", study.info().contentNote(), crumbs, true, false, List.of(),
                words.buildNote(audience, withheld, study.info().anonymised()),
                changesPage ? new Link("changes.html", "", words.get("navChanges")) : null, null);
        return new ChecklistView(frame, study.info().language(), title, studyTitle, definition.source(),
                definition.doi(), "../" + OutputNames.CHECKLIST_PDF, List.copyOf(list));
    }

    /** How a place is named: its heading's text, a table's or figure's caption (cut short), else its first words. */
    private static String placeLabel(Element e) {
        if (e == null) {
            return "";
        }
        Element named = e.is("h1, h2, h3, h4, h5, h6") ? e : e.selectFirst("h1, h2, h3, h4, h5, h6, caption, figcaption");
        String text = (named != null ? named : e).text().strip();
        return text.length() <= 90 ? text : text.substring(0, text.lastIndexOf(' ', 88) > 40 ? text.lastIndexOf(' ', 88) : 88) + " \u2026";
    }
}
