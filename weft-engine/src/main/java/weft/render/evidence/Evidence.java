package weft.render.evidence;

import java.util.HashMap;
import java.util.Map;
import weft.diff.CodingDiff;
import weft.diff.ReviewChanges;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import weft.model.Attributions;
import weft.model.CodeNode;
import weft.model.FrameIndex;
import weft.model.Participant;
import weft.model.ParticipantCounts;
import weft.model.Quote;
import weft.model.SourceKind;
import weft.model.Study;
import weft.publish.OutputNames;
import weft.render.article.Article;
import weft.words.Words;
import weft.render.evidence.EvidenceView.Frame;
import weft.render.evidence.EvidenceView.Link;
import weft.render.evidence.EvidenceView.ParticipantFacts;
import weft.render.evidence.EvidenceView.TreeNode;

/**
 * What the evidence pages of one build share: the study, its index, the rendered article, and the
 * links, labels and frames every page is made of. Hrefs are made relative to the page that asks.
 */
final class Evidence {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    final Study study;
    final FrameIndex index;
    final ArticlePlaces places;
    final Attributions attributions;
    final ParticipantCounts participantCounts;
    final Words words;
    /** The pairs of nodes that share quotes, worked out once for the overview, the node pages and their own page. */
    final weft.model.SharedQuotes shared;
    /** The study's title in plain words, as the pages' titles and headers give it. */
    private final String studyTitle;
    private final Locale locale;
    /** Each language's name, looked up once (every quote page names its quote's language). */
    private final Map<String, String> languageNames = new java.util.concurrent.ConcurrentHashMap<>();

    /** What changed in the coding since the revision the build compares with; empty when it compares with none. */
    final Optional<ReviewChanges> review;
    /** The pages of the nodes and quotes that changed since then, and the anchor of each on the changes page. */
    private final Map<String, String> changedPages = new HashMap<>();

    Evidence(Study study, FrameIndex index, Article article, Set<String> articleAnchors, Optional<ReviewChanges> review) {
        this.review = review;
        review.ifPresent(r -> {
            r.diff().nodes().forEach(n -> changedPages.putIfAbsent(OutputNames.nodePage(n.id()), ChangesPage.nodeAnchor(n.id())));
            r.diff().counts().forEach(c -> changedPages.putIfAbsent(OutputNames.nodePage(c.id()), ChangesPage.countsAnchor()));
            r.diff().quotes().forEach(q -> changedPages.putIfAbsent(OutputNames.quotePage(q.id()), ChangesPage.quoteAnchor(q.id())));
            r.diff().presented().forEach(p -> changedPages.putIfAbsent(OutputNames.quotePage(p.id()), ChangesPage.presentedAnchor()));
            r.diff().participants().forEach(p -> changedPages.putIfAbsent(OutputNames.participantPage(p.id()),
                    ChangesPage.participantAnchor(p.id())));
            r.diff().quotes().stream().filter(q -> q.kind() == CodingDiff.QuoteKind.REATTRIBUTED).forEach(q ->
                    java.util.stream.Stream.of(q.fromParticipant(), q.toParticipant()).filter(p -> !p.isEmpty()).forEach(p ->
                            changedPages.putIfAbsent(OutputNames.participantPage(p), ChangesPage.quoteAnchor(q.id()))));
        });
        this.study = study;
        this.index = index;
        this.shared = weft.model.SharedQuotes.of(index);
        this.words = article.words();
        this.studyTitle = article.view().title();
        this.places = new ArticlePlaces(study, index, article, articleAnchors);
        this.locale = words.locale();
        this.attributions = new Attributions(study.info());
        this.participantCounts = new ParticipantCounts(study.info(), index);
    }

    /**
     * Whom a node's quotes (and those below it) come from, in words: "from 3 participants and 1 group"; empty where
     * the study declares no participants or none of the node's quotes names one.
     */
    String voices(CodeNode node) {
        ParticipantCounts.Count c = participantCounts.under(node.id());
        if (c.total() == 0) {
            return "";
        }
        String key = c.groups() == 0 ? "quotesFromParticipants" : c.persons() == 0 ? "quotesFromGroups" : "quotesFromBoth";
        return words.format(key, Map.of("persons", c.persons(), "groups", c.groups()));
    }

    /** Whether each participant has a page (the study must ask for it: re-identification risk). */
    boolean participantPages() {
        return study.info().presentation().participantPages();
    }

    /** How the quote's participant is cited, linked to their page where there is one; null when it names none. */
    Link participantLink(Quote quote, String fromPage) {
        return attributions.participant(quote).map(p -> participantLink(p, fromPage)).orElse(null);
    }

    Link participantLink(Participant p, String fromPage) {
        return new Link(participantPages() ? RelativeLinks.between(fromPage, OutputNames.participantPage(p.id())) : null,
                "", p.citedAs());
    }

    ParticipantFacts participantFacts(Participant p, String fromPage) {
        Link link = participantLink(p, fromPage);
        return new ParticipantFacts(p.citedAs(), link.href(), p.kind() == Participant.Kind.GROUP,
                p.attributes().stream().map(a -> new EvidenceView.Fact(a.name(), a.value(), null)).toList());
    }

    /** A kind of source in words: "focus group". */
    String kindName(SourceKind kind) {
        return words.get("kind." + kind.written());
    }

    /** Kinds of source as a heading: "Focus groups". */
    String kindsName(SourceKind kind) {
        return words.get("kinds." + kind.written());
    }

    String number(CodeNode node) {
        return places.number(node.id());
    }

    String levelName(CodeNode node) {
        return words.levelName(study.frame().levels(), index.depth(node.id()));
    }

    Link nodeLink(CodeNode node, String fromPage) {
        return new Link(RelativeLinks.between(fromPage, OutputNames.nodePage(node.id())), number(node), node.label());
    }

    /** The overview, then the node's ancestors, each linked; the node itself last, unlinked. */
    List<Link> breadcrumbs(CodeNode node, String fromPage) {
        List<Link> crumbs = new ArrayList<>();
        crumbs.add(new Link(RelativeLinks.between(fromPage, OutputNames.EVIDENCE), "", words.get("navEvidence")));
        List<CodeNode> path = index.path(node.id());
        for (int i = 0; i < path.size() - 1; i++) {
            crumbs.add(nodeLink(path.get(i), fromPage));
        }
        crumbs.add(new Link(null, number(node), node.label()));
        return crumbs;
    }

    /** The node with its counts and, down to {@code depth} levels below it, its children. */
    TreeNode tree(CodeNode node, String fromPage, int depth) {
        List<TreeNode> children = new ArrayList<>();
        if (depth > 0) {
            for (CodeNode c : node.children()) {
                if (index.node(c.id()).orElse(null) == c) {
                    children.add(tree(c, fromPage, depth - 1));
                }
            }
        }
        return new TreeNode(node.id(), number(node), node.label(), RelativeLinks.between(fromPage, OutputNames.nodePage(node.id())),
                levelName(node), index.depth(node.id()), index.countCodedTo(node.id()),
                index.countUnder(node.id()), List.copyOf(children));
    }

    /** The first node the quote is coded to that exists: where its neighbours are taken from. */
    /**
     * The quote's text as lines of runs, the words the article prints of it (its excerpt's) marked; null where it has
     * no excerpt, or where this build shows the excerpt in place of the text (nothing then to mark).
     */
    List<List<weft.model.QuoteLines.Run>> marked(Quote q) {
        return q.excerpt().isEmpty() || q.isCutFor(index.audience()) ? null : q.excerpt().get().markedIn(q.text());
    }

    Optional<CodeNode> home(Quote quote) {
        return quote.codes().stream().map(c -> index.node(c.id())).flatMap(Optional::stream).findFirst();
    }

    Frame frame(String page, String title, List<Link> breadcrumbs, List<String> scripts) {
        boolean overview = page.equals(OutputNames.EVIDENCE);
        Link changes = review.map(r -> new Link(RelativeLinks.between(page, OutputNames.CHANGES), "",
                words.get("navChanges"))).orElse(null);
        Link changed = review.filter(r -> changedPages.containsKey(page)).map(r -> new Link(RelativeLinks.between(page,
                OutputNames.CHANGES) + "#" + changedPages.get(page), "", words.format("changedSince", Map.of("version",
                r.label())))).orElse(null);
        return new Frame(study.info().language(), title + " \u2014 " + studyTitle, studyTitle,
                RelativeLinks.between(page, OutputNames.EVIDENCE), RelativeLinks.between(page, OutputNames.ARTICLE),
                RelativeLinks.between(page, OutputNames.EVIDENCE_ASSETS), study.info().contentNote(), List.copyOf(breadcrumbs),
                !overview, overview, List.copyOf(scripts), words.buildNote(index.audience(), index.withheldCount(),
                study.info().anonymised()), changes, changed);
    }

    String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A figure such as hours of recording, with at most two decimals, in the study's language. */
    String decimal(double n) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(n);
    }

    /**
     * The name of a language tag in the article's language, as it is written within a sentence ("fi": Finnish in
     * English, finés in Spanish: "traducida del finés"), or the tag when Java does not know it.
     */
    String languageName(String tag) {
        return languageNames.computeIfAbsent(tag, t -> {
            String name = Locale.forLanguageTag(t).getDisplayLanguage(locale);
            return name.isEmpty() ? t : name;
        });
    }

    /** The same name standing alone, as a fact's value: with a capital ("Finés"); a tag Java does not know as written. */
    String languageNameAlone(String tag) {
        String name = languageName(tag);
        return name.equals(tag) ? name : words.capitalised(name);
    }

    /** The start of a quote, cut at a word, for links that need a short name. */
    static String excerpt(String text, int max) {
        String flat = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        cut = cut > max / 2 ? cut : Character.isHighSurrogate(flat.charAt(max - 1)) ? max - 1 : max;
        return flat.substring(0, cut).strip() + "\u2026";
    }
}
