package weft.render.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import weft.checklist.ChecklistDefinition;
import weft.model.CodeNode;
import weft.model.Corpus;
import weft.model.ProseSection;
import weft.model.Quote;
import weft.model.SourceCount;
import weft.publish.OutputNames;
import weft.render.evidence.EvidenceView.Fact;
import weft.render.evidence.EvidenceView.Link;
import weft.render.evidence.EvidenceView.Overview;
import weft.render.evidence.EvidenceView.TreeNode;
import weft.words.Words;

/** The overview of the evidence: the whole coding frame with its counts, the facts of the corpus, the search. */
final class OverviewPage {

    /** Trees up to this size start fully open; larger ones show their top level until the reader opens more. */
    static final int OPEN_TREE_LIMIT = 60;
    static final List<String> SCRIPTS = List.of("search-index.js", "assets/lunr.min.js", "assets/search.js", "assets/tree.js");

    /** The label under which each corpus field is shown, for the fields the study says are not known. */
    private static final Map<String, String> UNKNOWN_LABELS = Map.ofEntries(Map.entry("name", "factSource"),
            Map.entry("url", "factSource"), Map.entry("language", "factLanguage"), Map.entry("collected", "factWhen"),
            Map.entry("collectedFrom", "factWhen"), Map.entry("collectedTo", "factWhen"),
            Map.entry("threadsTotal", "factThreads"), Map.entry("threadsIncluded", "factThreadsIncluded"),
            Map.entry("messages", "factMessages"), Map.entry("participants", "participants"),
            Map.entry("selection", "factSelection"), Map.entry("anonymity", "factAnonymity"),
            Map.entry("sources", "factSources"), Map.entry("participantGroups", "factParticipantsByGroup"));

    private final Evidence evidence;
    private final AgreementPages agreement;

    OverviewPage(Evidence evidence, AgreementPages agreement) {
        this.evidence = evidence;
        this.agreement = agreement;
    }

    Overview view() {
        String page = OutputNames.EVIDENCE;
        List<TreeNode> tree = new ArrayList<>();
        for (CodeNode root : evidence.study.frame().roots()) {
            if (evidence.index.node(root.id()).orElse(null) == root) {
                tree.add(evidence.tree(root, page, Integer.MAX_VALUE));
            }
        }
        int nodes = evidence.index.preorder().size();
        return new Overview(evidence.frame(page, evidence.words.get("navEvidence"), List.of(), SCRIPTS),
                evidence.places.section(ProseSection.Kind.RESULTS, page).orElse(null),
                corpus(), figures(), List.copyOf(tree), nodes <= OPEN_TREE_LIMIT ? evidence.index.maxDepth() : 1,
                new ParticipantPages(evidence).links(page), agreement.summary(page), checklist(page),
                RelativeLinks.between(page, OutputNames.EVIDENCE_SHEET), ParticipantsByNode.link(evidence, page),
                SharingNodes.summary(evidence, page),
                evidence.study.info().presentation().evidencePdf() ? RelativeLinks.between(page, OutputNames.EVIDENCE_PDF) : null,
                AbstractionPage.link(evidence, page));
    }

    /** The link to the filled reporting checklist, where the study has one (written once the PDF is laid out). */
    private Link checklist(String page) {
        return evidence.study.checklist().flatMap(c -> ChecklistDefinition.named(c.name()))
                .map(d -> new Link(RelativeLinks.between(page, OutputNames.CHECKLIST), "",
                        evidence.words.format("checklistLink", Map.of("name", d.title()))))
                .orElse(null);
    }

    /** What was collected, when, how much and how it was selected, as the study data states it. */
    private List<Fact> corpus() {
        Corpus c = evidence.study.info().corpus();
        List<Fact> facts = new ArrayList<>();
        Words w = evidence.words;
        add(facts, w.get("factCollected"), c.description(), null);
        String url = SafeUrl.web(c.url());
        if (!c.name().isEmpty() || !c.url().isEmpty()) {
            add(facts, w.get("factSource"), c.name().isEmpty() ? c.url() : c.name() + (c.url().isEmpty() ? "" : " (" + c.url() + ")"), url);
        }
        add(facts, w.get("factLanguage"), c.language().isEmpty() ? "" : evidence.languageNameAlone(c.language()), null);
        add(facts, w.get("factWhen"), when(c), null);
        if (c.threadsIncluded() != null) {
            add(facts, w.get("factThreadsIncluded"), c.threadsTotal() == null ? evidence.count(c.threadsIncluded())
                    : w.format("threadsOf", Map.of("n", evidence.count(c.threadsIncluded()), "total", evidence.count(c.threadsTotal()))),
                    null);
        } else if (c.threadsTotal() != null) {
            add(facts, w.get("factThreads"), evidence.count(c.threadsTotal()), null);
        }
        if (c.messages() != null) {
            add(facts, w.get("factMessages"), evidence.count(c.messages()), null);
        }
        for (SourceCount s : c.sources()) {
            add(facts, evidence.kindsName(s.kind()), source(s), null);
        }
        add(facts, w.get("participants"), c.participants(), null);
        if (!c.participantGroups().isEmpty()) {
            add(facts, w.get("factParticipantsByGroup"), String.join("; ", c.participantGroups().stream()
                    .map(g -> g.name() + (g.count() == null ? "" : ": " + evidence.count(g.count()))).toList()), null);
        }
        add(facts, w.get("factSelection"), c.selection(), null);
        add(facts, w.get("factAnonymity"), c.anonymity(), null);
        // what the study says is not known is said so, where a reader would look for it
        for (var unknown : evidence.study.info().unknowns()) {
            if (unknown.field().startsWith("corpus.") && !unknown.alsoGiven()) {
                String label = w.get(UNKNOWN_LABELS.getOrDefault(unknown.field().substring("corpus.".length()), "factSource"));
                if (facts.stream().noneMatch(f -> f.label().equals(label))) {
                    facts.add(new Fact(label, w.get("notKnown"), null));
                }
            }
        }
        return List.copyOf(facts);
    }

    /** "25, 31.5 hours of recording, 25 participants. Semi-structured, at home." */
    private String source(SourceCount s) {
        List<String> parts = new ArrayList<>();
        if (s.count() != null) {
            parts.add(evidence.count(s.count()));
        }
        if (s.hours() != null) {
            parts.add(evidence.words.format("hoursOfRecording", Map.of("n", s.hours(), "hours", evidence.decimal(s.hours()))));
        }
        if (s.participants() != null) {
            parts.add(evidence.words.count("participantCount", s.participants()));
        }
        String figures = String.join(", ", parts);
        return s.description().isEmpty() ? figures : figures.isEmpty() ? s.description() : figures + ". " + s.description();
    }


    private String when(Corpus c) {
        String range = c.collectedFrom().isEmpty() ? c.collectedTo()
                : c.collectedTo().isEmpty() || c.collectedTo().equals(c.collectedFrom()) ? c.collectedFrom()
                : evidence.words.format("range", Map.of("from", c.collectedFrom(), "to", c.collectedTo()));
        if (c.collected().isEmpty()) {
            return range;
        }
        return range.isEmpty() || range.equals(c.collected()) ? c.collected() : c.collected() + " (" + range + ")";
    }

    /** The figures of the coded data itself: quotes, how many the article presents, translations, the frame. */
    private List<Fact> figures() {
        List<Quote> quotes = evidence.index.quotes();
        long presented = quotes.stream().filter(q -> evidence.places.quote(q.id(), OutputNames.EVIDENCE).isPresent()).count();
        List<Fact> facts = new ArrayList<>();
        Words w = evidence.words;
        facts.add(new Fact(w.get("quotesTitle"), w.format("quotesFigures", Map.of("n", quotes.size(), "presented", presented,
                "evidenceOnly", quotes.size() - presented)), null));
        Map<String, Integer> translated = new TreeMap<>();
        quotes.stream().filter(q -> !q.translatedFrom().isEmpty())
                .forEach(q -> translated.merge(evidence.languageName(q.translatedFrom()), 1, Integer::sum));
        translated.forEach((language, n) -> facts.add(new Fact(w.get("factTranslated"), w.format("translatedFigures",
                Map.of("n", n, "total", quotes.size(), "language", language)), null)));
        long originals = quotes.stream().filter(q -> q.original().isPresent()).count();
        if (originals > 0) {
            facts.add(new Fact(w.get("factOriginalWording"), w.count("originalsFigures", originals), null));
        }
        List<String> levels = evidence.study.frame().levels();
        List<String> perLevel = new ArrayList<>();
        for (int depth = 1; depth <= evidence.index.maxDepth(); depth++) {
            long n = evidence.index.nodesAtDepth(depth);
            String name = w.levelName(levels, depth);
            perLevel.add(w.format("levelCount", Map.of("n", n, "one", name,
                    "other", w.plural(name, evidence.study.frame().pluralGiven(depth)))));
        }
        facts.add(new Fact(w.get("codingFrame"), w.format("frameFigures", Map.of("n", evidence.index.preorder().size(),
                "levels", String.join(", ", perLevel))), null));
        return List.copyOf(facts);
    }

    private static void add(List<Fact> facts, String label, String value, String href) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(label, value, href));
        }
    }
}
