package weft.render.evidence;

import java.util.ArrayList;
import java.util.List;
import weft.model.Participant;
import weft.model.Quote;
import weft.publish.OutputNames;
import weft.render.evidence.EvidenceView.Link;
import weft.render.evidence.EvidenceView.ParticipantPage;
import weft.render.evidence.EvidenceView.QuoteItem;

/**
 * The page of each participant, with every quote attributed to them: written only where the study turns
 * participant pages on, since a page that gathers one person's words makes them easier to re-identify.
 */
final class ParticipantPages {

    private final Evidence evidence;

    ParticipantPages(Evidence evidence) {
        this.evidence = evidence;
    }

    /** The participants that get a page, in the order of study.yaml (the first of a duplicated id). */
    List<Participant> participants() {
        if (!evidence.participantPages()) {
            return List.of();
        }
        List<Participant> list = new ArrayList<>();
        for (Participant p : evidence.study.info().participants()) {
            if (list.stream().noneMatch(seen -> seen.id().equals(p.id()))) {
                list.add(p);
            }
        }
        return List.copyOf(list);
    }

    ParticipantPage view(Participant p) {
        String page = OutputNames.participantPage(p.id());
        List<QuoteItem> quotes = new ArrayList<>();
        for (Quote q : quotesOf(p)) {
            quotes.add(new QuoteItem(q.id(), q.text(), q.lines(), RelativeLinks.between(page, OutputNames.quotePage(q.id())),
                    evidence.places.quote(q.id(), page).orElse(null), null, evidence.marked(q),
                    q.reducedWords().orElse(null)));
        }
        String title = evidence.words.format("participantTitle", java.util.Map.of("id", p.citedAs()));
        List<Link> crumbs = List.of(new Link(RelativeLinks.between(page, OutputNames.EVIDENCE), "", evidence.words.get("navEvidence")),
                new Link(null, "", title));
        int total = evidence.index.countOfParticipant(p.id());
        return new ParticipantPage(evidence.frame(page, title, crumbs, List.of()), p.id(),
                evidence.participantFacts(p, page), List.copyOf(quotes), total, total - quotes.size());
    }

    /** The overview's links to the pages, each with the participant's quote count (of the analysis, as a node's) as its number. */
    List<Link> links(String fromPage) {
        return participants().stream().map(p -> new Link(RelativeLinks.between(fromPage, OutputNames.participantPage(p.id())),
                Integer.toString(evidence.index.countOfParticipant(p.id())), p.citedAs())).toList();
    }

    private List<Quote> quotesOf(Participant p) {
        return evidence.index.quotes().stream()
                .filter(q -> q.participant().map(ref -> ref.id().equals(p.id())).orElse(false)).toList();
    }
}
