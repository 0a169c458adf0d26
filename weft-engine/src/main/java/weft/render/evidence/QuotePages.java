package weft.render.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import weft.model.CodeNode;
import weft.model.Quote;
import weft.publish.OutputNames;
import weft.words.Words;
import weft.render.evidence.EvidenceView.Fact;
import weft.render.evidence.EvidenceView.Link;
import weft.render.evidence.EvidenceView.Neighbours;
import weft.render.evidence.EvidenceView.Original;
import weft.render.evidence.EvidenceView.QuoteLink;
import weft.render.evidence.EvidenceView.QuotePage;
import weft.render.evidence.EvidenceView.Source;

/**
 * The entry of a quote: its text (and original), every node it is coded to, its source, where the article
 * presents it, and the quotes before and after it among those of its first node.
 */
final class QuotePages {

    private static final int EXCERPT = 90;

    private final Evidence evidence;
    /** Each quote's home node's quotes in data order, and the quote's position there: found once, for every entry. */
    private final Map<String, List<Quote>> homeQuotes = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();

    QuotePages(Evidence evidence) {
        this.evidence = evidence;
        for (CodeNode node : evidence.index.preorder()) {
            List<Quote> coded = evidence.index.quotesCodedTo(node.id());
            for (int i = 0; i < coded.size(); i++) {
                Quote q = coded.get(i);
                if (evidence.home(q).orElse(null) == node) {
                    positions.put(q.id(), i);
                    homeQuotes.put(q.id(), coded);
                }
            }
        }
    }

    QuotePage view(Quote q) {
        String page = OutputNames.quotePage(q.id());
        Optional<CodeNode> home = evidence.home(q);
        List<Link> crumbs = new ArrayList<>();
        if (home.isPresent()) {
            crumbs.addAll(evidence.breadcrumbs(home.get(), page));
            Link last = crumbs.remove(crumbs.size() - 1);
            crumbs.add(new Link(RelativeLinks.between(page, OutputNames.nodePage(home.get().id())), last.number(), last.label()));
        } else {
            crumbs.add(new Link(RelativeLinks.between(page, OutputNames.EVIDENCE), "", evidence.words.get("navEvidence")));
        }
        crumbs.add(new Link(null, "", evidence.words.format("quoteTitle", java.util.Map.of("id", q.id()))));
        return new QuotePage(evidence.frame(page, evidence.words.format("quoteTitle", java.util.Map.of("id", q.id())), crumbs, List.of()), q.id(), q.text(), q.lines(),
                q.translatedFrom().isEmpty() ? "" : evidence.languageName(q.translatedFrom()),
                q.original().map(o -> new Original(o.text(), o.lines(), o.language(), evidence.languageName(o.language()),
                        shownAsExcerpt(q).isPresent() ? null : o.excerpt().map(x -> x.markedIn(o.text())).orElse(null)))
                        .orElse(null),
                q.reducedWords().orElse(null), // none where the build shows the excerpt alone (Quote.shownTo)
                codes(q, page), source(q), evidence.places.quote(q.id(), page).orElse(null), neighbours(q, home, page),
                evidence.attributions.participant(q).map(p -> evidence.participantFacts(p, page)).orElse(null),
                history(q, page), shownAsExcerpt(q).isPresent() ? null : q.excerpt().map(weft.model.Excerpt::lines).orElse(null),
                shownAsExcerpt(q).orElse(null), evidence.marked(q));
    }

    /** Where this build shows the quote's excerpt as its text (the whole is for a narrower audience), the sentence saying so. */
    Optional<String> shownAsExcerpt(Quote q) {
        return q.isCutFor(evidence.index.audience()) ? Optional.of(evidence.words.get("excerptOnly." + q.textAudience().written())) : Optional.empty();
    }

    /** The quote's coding history across the study's tagged versions, newest first; empty when the build has none. */
    private List<EvidenceView.HistoryStep> history(Quote q, String page) {
        return evidence.review.map(r -> r.history().getOrDefault(q.id(), List.of()).stream()
                .map(step -> new EvidenceView.HistoryStep(step.version(), step.date(), step.present(),
                        step.nodes().stream().map(id -> evidence.index.node(id).map(n -> evidence.nodeLink(n, page))
                                .orElse(new Link(null, "", id))).toList()))
                .toList()).orElse(List.of());
    }

    /** The path from the root to every node the quote is coded to, each node once. */
    private List<List<Link>> codes(Quote q, String page) {
        Set<String> seen = new LinkedHashSet<>();
        List<List<Link>> paths = new ArrayList<>();
        q.codes().forEach(code -> evidence.index.node(code.id()).filter(n -> seen.add(n.id())).ifPresent(n ->
                paths.add(evidence.index.path(n.id()).stream().map(p -> evidence.nodeLink(p, page)).toList())));
        return List.copyOf(paths);
    }

    private Source source(Quote q) {
        Words w = evidence.words;
        Quote.Source s = q.source();
        if (!s.recorded()) {
            return new Source(false, s.note(), List.of());
        }
        List<Fact> facts = new ArrayList<>();
        s.kind().ifPresent(kind -> facts.add(new Fact(w.get("factKind"), evidence.kindName(kind), null)));
        if (!s.file().isEmpty()) {
            facts.add(new Fact(w.get("factFile"), s.file(), null));
        }
        if (s.page() > 0) {
            facts.add(new Fact(w.get("factPage"), Integer.toString(s.page()), null));
        }
        if (!s.lines().isEmpty()) {
            facts.add(new Fact(w.get("factLines"), String.join("\u2013", s.lineEnds()), null));
        }
        if (!s.recording().isEmpty()) {
            facts.add(new Fact(w.get("factRecording"), s.recording(), null));
        }
        if (!s.time().isEmpty()) {
            facts.add(new Fact(w.get("factTime"), s.time(), null));
        }
        if (!s.thread().isEmpty()) {
            facts.add(new Fact(w.get("factThread"), s.thread(), null));
        }
        if (!s.message().isEmpty()) {
            facts.add(new Fact(w.get("factMessage"), s.message(), null));
        }
        if (!s.date().isEmpty()) {
            facts.add(new Fact(w.get("factDate"), s.date(), null));
        }
        if (!s.url().isEmpty()) {
            facts.add(new Fact(w.get("factWebAddress"), s.url(), SafeUrl.web(s.url())));
        }
        return new Source(true, s.note(), List.copyOf(facts));
    }

    /** Null when the quote has no node to take neighbours from (the view leaves the part out). */
    private Neighbours neighbours(Quote q, Optional<CodeNode> home, String page) {
        if (home.isEmpty() || !positions.containsKey(q.id())) {
            return null;
        }
        List<Quote> list = homeQuotes.get(q.id());
        int i = positions.get(q.id());
        return new Neighbours(evidence.nodeLink(home.get(), page), i + 1, list.size(),
                i > 0 ? link(list.get(i - 1), page) : null, i < list.size() - 1 ? link(list.get(i + 1), page) : null);
    }

    private static QuoteLink link(Quote q, String page) {
        return new QuoteLink(RelativeLinks.between(page, OutputNames.quotePage(q.id())), Evidence.excerpt(q.runIn(), EXCERPT));
    }
}
