package weft.render.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import weft.model.CodeNode;
import weft.model.FrameIndex;
import weft.model.ProseSection;
import weft.model.Study;
import weft.prose.Heading;
import weft.publish.OutputNames;
import weft.render.article.Article;
import weft.render.article.NodeMentions;
import weft.render.article.QuotePlacements;
import weft.render.evidence.EvidenceView.Place;
import weft.render.html.ArticleAnchors;

/**
 * Names and links the places of the article that present a quote or discuss a node, as the reader sees
 * them there ("3.5 Poor family dynamics"). A place is only linked when its anchor is in the article as
 * written, so that a project's own article template cannot leave the evidence with broken links.
 */
final class ArticlePlaces {

    private final Study study;
    private final FrameIndex index;
    private final Article article;
    private final Set<String> anchors;
    private final Map<String, String> sections = new HashMap<>();

    ArticlePlaces(Study study, FrameIndex index, Article article, Set<String> anchors) {
        this.study = study;
        this.index = index;
        this.article = article;
        this.anchors = anchors;
        Map<String, Heading> headings = new HashMap<>();
        for (Heading h : article.outline()) {
            headings.putIfAbsent(h.id(), h);
        }
        for (ProseSection s : study.sections()) {
            Heading h = headings.get(ArticleAnchors.sectionAnchor(s.id()));
            String label = s.kind() == ProseSection.Kind.ABSTRACT ? article.words().get("abstract")
                    : h == null ? s.title() : (h.number() + " " + h.text()).strip();
            sections.put(s.id(), label);
        }
    }

    /**
     * Where the article presents the quote: in its web page; else, where the web page leaves the quote out with text it
     * does not print (Quarto's conditional content), in the other formats that present it, named ("PDF, Word only") and
     * linked to the first of them that this build writes. Empty when it is evidence only.
     */
    Optional<Place> quote(String quoteId, String fromPage) {
        return quote(quoteId, fromPage, "html");
    }

    /** As {@link #quote(String, String)}, its extract as {@code format} numbers it. */
    private Optional<Place> quote(String quoteId, String fromPage, String format) {
        Optional<QuotePlacements.Placement> placement = article.placements().of(quoteId, "html");
        if (placement.isPresent() && anchors.contains(placement.get().anchor())) {
            QuotePlacements.Placement p = placement.get();
            Place place = place(p.nodeId(), p.sectionId(), p.anchor(), "quote", fromPage);
            return Optional.of(withExtract(place, extract(quoteId).flatMap(web -> article.placements()
                    .extract(quoteId, format).or(() -> Optional.of(web))))); // "… › Extract 1", as the article numbers it
        }
        List<String> formats = article.placements().formatsWith(quoteId).stream().filter(f -> !f.equals("html")).toList();
        if (placement.isPresent() || formats.isEmpty()) {
            return Optional.empty(); // a template that leaves the place out: no broken link
        }
        QuotePlacements.Placement p = article.placements().of(quoteId, formats.get(0)).orElseThrow();
        Set<String> written = new java.util.HashSet<>();
        article.view().formats().forEach(f -> written.add(f.href()));
        String file = formats.stream().map(ArticlePlaces::file).filter(written::contains).findFirst().orElse("");
        Place place = place(p.nodeId(), p.sectionId(), p.anchor(), "quote", fromPage);
        return Optional.of(new Place(file.isEmpty() ? "" : RelativeLinks.between(fromPage, file), place.label(),
                place.detail(), place.kind(), article.words().format("placeFormatsOnly", java.util.Map.of("formats",
                        String.join(", ", formats.stream().map(f -> article.words().get("formatShort." + f)).toList())))));
    }

    /**
     * Where the article's PDF presents the quote, for the evidence PDF, which gives that place's page: the PDF's own
     * place where its text places the quote elsewhere than the web page's (Quarto's conditional content); else
     * {@link #quote}'s.
     */
    Optional<Place> quoteInPdf(String quoteId, String fromPage) {
        Optional<QuotePlacements.Placement> pdf = article.placements().of(quoteId, "pdf");
        Optional<QuotePlacements.Placement> html = article.placements().of(quoteId, "html");
        if (pdf.isEmpty() || pdf.equals(html)) {
            return quote(quoteId, fromPage, "pdf");
        }
        QuotePlacements.Placement p = pdf.get();
        return Optional.of(withExtract(place(p.nodeId(), p.sectionId(), p.anchor(), "quote", fromPage),
                article.placements().extract(quoteId, "pdf")));
    }

    /** {@code place} followed by the extract its quote is there ("… › Extract 1"), where the article numbers one. */
    private static Place withExtract(Place place, Optional<String> extract) {
        return extract.isEmpty() ? place : new Place(place.href(), place.label(),
                place.detail().isEmpty() ? extract.get() : place.detail() + " › " + extract.get(), place.kind(), "");
    }

    /** The file of the article in {@code format} (one of {@link weft.prose.ConditionalContent#FORMATS}). */
    private static String file(String format) {
        return switch (format) {
            case "pdf" -> OutputNames.PDF;
            case "docx" -> OutputNames.DOCX;
            case "jats" -> OutputNames.JATS;
            default -> OutputNames.ARTICLE;
        };
    }

    /** The extract the web page presents the quote as ("Extract 3"); empty where it numbers none, or leaves it out. */
    Optional<String> extract(String quoteId) {
        return article.placements().of(quoteId, "html").filter(p -> anchors.contains(p.anchor()))
                .flatMap(p -> article.placements().extract(quoteId));
    }

    /** The places that discuss a node: its own heading or paragraph, then every mention elsewhere, in reading order. */
    List<Place> node(CodeNode node, String fromPage) {
        List<Place> places = new ArrayList<>();
        String own = ArticleAnchors.nodeAnchor(node.id());
        if (anchors.contains(own)) {
            places.add(place(node.id(), null, own, number(node.id()).isEmpty() ? "paragraph" : "heading", fromPage));
        }
        for (NodeMentions.Mention m : article.mentions().of(node.id())) {
            if (!node.id().equals(m.placeNode()) && anchors.contains(m.anchor())) {
                places.add(place(m.placeNode(), m.sectionId(), m.anchor(), "mention", fromPage));
            }
        }
        return List.copyOf(places);
    }

    /** The first section of the given kind, as a place; empty when the article has none. */
    Optional<Place> section(ProseSection.Kind kind, String fromPage) {
        return study.sections().stream().filter(s -> s.kind() == kind).findFirst()
                .filter(s -> anchors.contains(ArticleAnchors.sectionAnchor(s.id())))
                .map(s -> place(null, s.id(), ArticleAnchors.sectionAnchor(s.id()), "section", fromPage));
    }

    /** The node's number in the article's results, or empty when it has no numbered heading. */
    String number(String nodeId) {
        return article.nodeNumbers().getOrDefault(nodeId, "");
    }

    private Place place(String nodeId, String sectionId, String anchor, String kind, String fromPage) {
        String href = RelativeLinks.between(fromPage, OutputNames.ARTICLE + "#" + anchor);
        if (nodeId == null || index.node(nodeId).isEmpty()) {
            return new Place(href, sections.getOrDefault(sectionId, article.words().get("theArticle")), "", kind, "");
        }
        List<CodeNode> path = index.path(nodeId);
        for (int i = path.size() - 1; i >= 0; i--) {
            CodeNode n = path.get(i);
            if (!number(n.id()).isEmpty()) {
                String detail = n.id().equals(nodeId) ? "" : path.get(path.size() - 1).label();
                return new Place(href, number(n.id()) + " " + n.label(), detail, kind, "");
            }
        }
        return new Place(href, path.get(path.size() - 1).label(), "", kind, "");
    }
}
