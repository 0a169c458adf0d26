package weft.render.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import weft.checklist.ChecklistDefinition;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.Affiliation;
import weft.model.Attributions;
import weft.model.Author;
import weft.model.Audience;
import weft.model.CodeNode;
import weft.model.FrameIndex;
import weft.model.ParticipantCounts;
import weft.model.Images;
import weft.model.ProseSection;
import weft.model.Publication;
import weft.model.Quote;
import weft.model.Study;
import weft.prose.ConditionalContent;
import weft.prose.Heading;
import weft.prose.ProseRenderer;
import weft.publish.OutputNames;
import weft.render.article.ArticleView.NodeView;
import weft.render.article.ArticleView.SectionView;
import weft.render.figure.Scene;
import weft.words.Direction;
import weft.render.figure.TreeFigure;
import weft.render.figure.TreeNode;
import weft.render.howtocite.HowToCite;
import weft.render.html.ArticleAnchors;
import weft.render.html.Html;
import weft.words.Words;

/**
 * Builds the article from a study, in reading order (so that citations are numbered as they are read):
 * the abstract, the numbered sections, and in the results section the coding frame's table and tree.
 */
public final class ArticleRenderer {

    /** A word of a nocite: what stands between its separators (spaces, commas, semicolons, brackets). */
    private static final java.util.regex.Pattern NOCITE_TOKEN = java.util.regex.Pattern.compile("[^\\s,;\\[\\]]+");
    /** A key as Pandoc writes one: @ and the key (letters, digits, _ and inner punctuation), or @* for every work. */
    private static final java.util.regex.Pattern NOCITE_KEY =
            java.util.regex.Pattern.compile("@(\\*|[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_:.#$%&+?<>~/-]*[\\p{L}\\p{N}_])?)");
    private static final int SECTION_LEVEL = 2;
    private final ProseRenderer prose;

    public ArticleRenderer(ProseRenderer prose) {
        this.prose = prose;
    }

    public Article render(Study study, FrameIndex index, Citations citations, Words words, Images images,
                          Diagnostics diagnostics) {
        return new Run(study, index, citations, words, images, diagnostics).render();
    }

    private final class Run {
        final Study study;
        final FrameIndex index;
        final Citations citations;
        final Words words;
        final Diagnostics diagnostics;
        final Images images;
        final Floats floats = new Floats();
        final NumberedCallouts callouts = new NumberedCallouts();
        /** Pandoc's example lists: the number each text's first item takes, and each label's number. */
        final Map<weft.model.Text, Integer> exampleStarts = new java.util.IdentityHashMap<>();
        final Map<String, Integer> examples = new java.util.HashMap<>();
        /** The files whose prose holds a figure this build leaves out. */
        final java.util.Set<String> withheldIn = new java.util.TreeSet<>();
        final QuotePlacements placements = new QuotePlacements();
        /** The quotes no text places that are printed under their node in some formats only: those formats. */
        final Map<String, List<String>> unplacedIn = new java.util.HashMap<>();
        final NodeMentions mentions = new NodeMentions();
        final CrossReferences xrefs = new CrossReferences();
        final CountPlaceholders counts = new CountPlaceholders();
        final Notes notes = new Notes();
        /** The coding frame's figure's and table's numbers, by format. */
        Map<String, String> figureNumbers = Map.of();
        Map<String, String> tableNumbers = Map.of();
        Map<String, String> nodeNumbers = Map.of();
        /** How the article refers to each section: "Section 2", or a back matter section's title. */
        final Map<String, String> sectionReferences = new LinkedHashMap<>();
        final List<Heading> outline = new ArrayList<>();
        final Anchors anchors;
        final Attributions attributions;
        final AgreementDirectives agreement;
        /** The participants' audiences by id, which a figure showing one of them goes by. */
        final Map<String, Audience> participantAudiences;

        Run(Study study, FrameIndex index, Citations citations, Words words, Images images, Diagnostics diagnostics) {
            this.study = study;
            this.images = images;
            this.index = index;
            this.citations = citations;
            this.words = words;
            this.diagnostics = diagnostics;
            this.anchors = new Anchors(diagnostics);
            this.attributions = new Attributions(study.info());
            this.agreement = new AgreementDirectives(study, index, words);
            this.participantAudiences = study.info().participantAudiences();
        }

        Article render() {
            numberExamples();
            Element abstractBody = null;
            Map<String, Element> translatedAbstracts = new LinkedHashMap<>();
            List<PendingSection> sections = new ArrayList<>();
            int number = 0;
            int appendices = 0;
            for (ProseSection s : study.sections()) {
                uncited(s);
                if (s.kind() == ProseSection.Kind.ABSTRACT) {
                    ProseRenderer.Rendered rendered = renderProse(s, "", null);
                    rendered.figures().forEach(f -> diagnostics.error(f.at(), "a figure in the abstract: an abstract is"
                            + " text alone; put the figure in a section"));
                    rendered.tables().forEach(t -> diagnostics.error(t.at(), "a numbered table in the abstract: an"
                            + " abstract is text alone; put the table in a section"));
                    if (!rendered.notes().isEmpty()) {
                        diagnostics.error(s.body().positionAt(noteOffset(s.body().content())), "a note in the abstract:"
                                + " an abstract is text alone; put what the note says in the abstract's text, or in a section");
                        rendered.body().select("[" + ProseRenderer.NOTE + "]").forEach(call ->
                                (call.parent() != null && call.parent().tagName().equals("sup") ? call.parent() : call).remove());
                    }
                    Element body = rendered.body();
                    if (s.language().isEmpty() || s.language().equalsIgnoreCase(study.info().language())) {
                        abstractBody = body;
                    } else {
                        translatedAbstracts.put(s.language(), body);
                    }
                    continue;
                }
                // back matter has no number and is referred to by its title; an appendix is lettered: "Appendix A", A.1
                String prefix = switch (s.kind()) {
                    case BACK -> "";
                    case APPENDIX -> letter(++appendices);
                    default -> Integer.toString(++number);
                };
                String n = s.kind() == ProseSection.Kind.APPENDIX
                        ? words.format("appendixLabel", Map.of("letter", prefix)) : prefix;
                String id = ArticleAnchors.sectionAnchor(s.id());
                Element titled = prose.title(s.title(), quotes());
                String title = titled.text();
                sectionReferences.put(s.id(), s.kind() == ProseSection.Kind.BACK ? title
                        : s.kind() == ProseSection.Kind.APPENDIX ? n : section(n));
                outline.add(new Heading(SECTION_LEVEL, n, title, id));
                anchors.claim(id, "section '" + s.title() + "'", new SourcePosition(s.path(), 2, 1));
                ProseRenderer.Rendered body = renderProse(s, prefix, null);
                body.headings().forEach(h -> anchors.claim(h.id(), "heading '" + h.text() + "'", Anchors.headingPosition(s, h.text())));
                outline.addAll(body.headings());
                defineSections(s, id, sectionReferences.get(s.id()), n.isEmpty() ? title : n, body.headings());
                floats.section(body, s.kind() == ProseSection.Kind.APPENDIX ? prefix : "");
                Map<String, Element> narratives = new LinkedHashMap<>();
                Map<String, String> numbers = Map.of();
                if (s.kind() == ProseSection.Kind.RESULTS) {
                    numbers = index.headingNumbers(n, body.headings().size() + 1, study.info().presentation());
                    nodeNumbers = Map.copyOf(numbers);
                    floats.codingFrame(); // after the results section's own text
                    for (CodeNode node : index.preorder()) {
                        anchors.claim(ArticleAnchors.nodeAnchor(node.id()), "node '" + node.id() + "'", node.position());
                        if (numbers.containsKey(node.id())) {
                            xrefs.define("sec-node-" + node.id(), nodeReference(node, numbers.get(node.id())),
                                    numbers.get(node.id()), ArticleAnchors.nodeAnchor(node.id()));
                            xrefs.defineNumber("sec-node-" + node.id(), numbers.get(node.id()));
                            outline.add(new Heading(headingLevel(node), numbers.get(node.id()), node.label(),
                                    ArticleAnchors.nodeAnchor(node.id())));
                        }
                        if (node.narrative().isPresent()) {
                            narratives.put(node.id(), narrative(node, s));
                        }
                    }
                }
                floats.endOfResults();
                sections.add(new PendingSection(s, title, new Html(titled.html()), id, n, body.body(), narratives, numbers));
            }
            Map<String, List<Element>> moreQuotes = unplacedQuotes();
            if (study.info().presentation().numberedExtracts()) {
                extracts(sections, moreQuotes);
            }
            Floats.CodingFrame frame = floats.number(study.info().presentation().firstFigure(),
                    study.info().presentation().firstTable(), anchors, xrefs, words);
            callouts.number(anchors, xrefs, words);
            figureNumbers = frame.figure();
            tableNumbers = frame.table();
            List<Html> references = citations.finish();
            xrefs.finish(diagnostics);
            floats.describe(); // the figures' text alternatives: their captions as printed
            HeadingReferences headingReferences = new HeadingReferences(outline); // Pandoc's [Methods]
            for (PendingSection p : sections) {
                headingReferences.link(p.body());
                p.narratives().values().forEach(headingReferences::link);
                ProseRenderer.unnestLinks(p.body());
                p.narratives().values().forEach(ProseRenderer::unnestLinks);
            }
            if (abstractBody != null) {
                ProseRenderer.unnestLinks(abstractBody);
            }
            Map<PendingSection, ArticleView.FigureView> figures = new java.util.IdentityHashMap<>();
            Map<PendingSection, ArticleView.TableView> tables = new java.util.IdentityHashMap<>();
            for (PendingSection p : sections) {
                if (p.section.kind() == ProseSection.Kind.RESULTS) {
                    figures.put(p, figure(p.numbers));
                    tables.put(p, table(p.numbers));
                }
            }
            notes.number(printOrder(sections));
            Element abstractElement = abstractBody;
            // the prose as printed, built again once the counts of the article that it prints are filled in
            ArticleView view = counts.settle(() -> {
                List<SectionView> views = new ArrayList<>();
                for (PendingSection p : sections) {
                    boolean results = p.section.kind() == ProseSection.Kind.RESULTS;
                    views.add(new SectionView(p.id, p.number, p.title, p.titleHtml, new Html(p.body.html()), results,
                            p.section.kind().name().toLowerCase(java.util.Locale.ROOT), figures.get(p), tables.get(p),
                            results ? nodes(index.preorder().stream().filter(n -> index.depth(n.id()) == 1).toList(),
                                    p.narratives, p.numbers, moreQuotes) : List.of()));
                }
                Map<String, Html> translated = new LinkedHashMap<>();
                translatedAbstracts.forEach((language, body) -> translated.put(language, new Html(body.html())));
                return view(abstractElement == null ? null : new Html(abstractElement.html()), views, references,
                        translations(translated));
            }, () -> {
                List<Element> bodies = new ArrayList<>(translatedAbstracts.values());
                if (abstractElement != null) {
                    bodies.add(abstractElement);
                }
                sections.forEach(p -> {
                    bodies.add(p.body);
                    bodies.addAll(p.narratives.values());
                });
                bodies.addAll(notes.contents());
                return bodies;
            }, words, study.info().presentation().wordLimits(), diagnostics);
            return new Article(view, List.copyOf(outline), placements, nodeNumbers, mentions, words, floats.images(),
                    List.copyOf(withheldIn));
        }

        /**
         * Numbers the block quotations as extracts in the order the article prints them: each section's text (the
         * appendices' after the rest), and in the results each node's narrative, then its quotes that the prose does not
         * place ({@code moreQuotes}).
         */
        private void extracts(List<PendingSection> sections, Map<String, List<Element>> moreQuotes) {
            Extracts extracts = new Extracts(words, xrefs, placements, unplacedIn);
            for (PendingSection p : inPrintOrder(sections, PendingSection::section)) {
                extracts.in(p.body);
                if (p.section.kind() == ProseSection.Kind.RESULTS) {
                    for (CodeNode node : index.preorder()) {
                        if (p.narratives.containsKey(node.id())) {
                            extracts.in(p.narratives.get(node.id()));
                        }
                        moreQuotes.computeIfPresent(node.id(), (id, quotes) -> extracts.numbered(quotes));
                    }
                }
            }
        }

        /**
         * Numbers Pandoc's example list items ({@code (@)}, {@code (@label)}) on through the article in the order it
         * prints them (the appendices last; in the results, the narratives in the tree's order), before any text is
         * rendered: a text may refer to an example of a later one. A label used twice is an error at the second.
         */
        private void numberExamples() {
            int next = 1;
            Map<String, weft.diagnostics.SourcePosition> where = new java.util.HashMap<>();
            for (ProseSection s : inPrintOrder(study.sections(), section -> section)) {
                List<weft.model.Text> texts = new ArrayList<>(List.of(s.body()));
                if (s.kind() == ProseSection.Kind.RESULTS) {
                    index.preorder().forEach(n -> n.narrative().ifPresent(texts::add));
                }
                for (weft.model.Text text : texts) {
                    exampleStarts.put(text, next);
                    for (weft.prose.ExampleLists.Marker m : weft.prose.ExampleLists.markers(text)) {
                        if (!weft.prose.ExampleLists.fits(m, next)) {
                            continue; // left as written, a warning (PandocSyntax)
                        }
                        weft.diagnostics.SourcePosition at = text.positionAt(m.start());
                        if (!m.label().isEmpty() && where.putIfAbsent(m.label(), at) != null) {
                            diagnostics.error(at, "the example label '(@" + m.label() + ")' is already used at "
                                    + where.get(m.label()) + ": give each example its own label");
                        } else if (!m.label().isEmpty()) {
                            examples.put(m.label(), next);
                        }
                        next++;
                    }
                }
            }
        }

        /** {@code text} with its example list items numbered as {@link #numberExamples} numbered them. */
        private weft.model.Text examples(weft.model.Text text) {
            return weft.prose.ExampleLists.numbered(text, weft.prose.ExampleLists.markers(text),
                    exampleStarts.getOrDefault(text, 1));
        }

        /** The sections' texts in the order the article prints them: the appendices after the references. */
        private List<Element> printOrder(List<PendingSection> sections) {
            List<Element> bodies = new ArrayList<>();
            for (PendingSection p : inPrintOrder(sections, PendingSection::section)) {
                bodies.add(p.body);
                bodies.addAll(p.narratives.values());
            }
            return bodies;
        }

        /** {@code items} (sections) in the order the article prints them: the appendices after the rest, each in order. */
        private static <T> List<T> inPrintOrder(List<T> items, java.util.function.Function<T, ProseSection> section) {
            List<T> ordered = new ArrayList<>();
            items.stream().filter(i -> section.apply(i).kind() != ProseSection.Kind.APPENDIX).forEach(ordered::add);
            items.stream().filter(i -> section.apply(i).kind() == ProseSection.Kind.APPENDIX).forEach(ordered::add);
            return ordered;
        }

        /** Where a text's first note is called ({@code [^…]} or {@code ^[…]}), or its start. */
        private static int noteOffset(String content) {
            int reference = content.indexOf("[^");
            int inline = content.indexOf("^[");
            return Math.max(0, reference < 0 ? inline : inline < 0 ? reference : Math.min(reference, inline));
        }

        /**
         * How prose refers to a node's heading: "Section 3.2" in the article's own numbering; with a numberFormat, the
         * number itself where it has words ("Theme 1"), else the level's name before it ("Subtheme 1.2"), so that
         * "1.2" never reads as a subsection of the introduction.
         */
        private String nodeReference(CodeNode node, String number) {
            if (study.info().presentation().numberFormat().isEmpty()) {
                return section(number);
            }
            if (number.chars().anyMatch(Character::isLetter)) {
                return number;
            }
            String level = levelName(index.depth(node.id()));
            return level.isEmpty() ? number : Character.toUpperCase(level.charAt(0)) + level.substring(1) + " " + number;
        }

        /**
         * The figures the prose leaves out for the build's audience: a reference to one is an error at the reference, and
         * the file that holds it is not embedded in the PDF nor listed (its description is there).
         */
        private void withhold(ProseRenderer.Rendered rendered) {
            for (ProseRenderer.Withheld w : rendered.withheld()) {
                xrefs.withhold(w.id(), "the figure '" + w.id() + "' is withheld from this build (its audience, "
                        + w.audience().written() + ", is narrower than the build's): the text cannot refer to it; build for"
                        + " its audience (--audience), or change its audience");
                withheldIn.add(w.at().path());
            }
            rendered.refused().forEach(xrefs::silence); // the figure's own error says what is wrong
        }

        /**
         * The works the section's front matter lists uncited ({@code nocite: "@a, @b"}, or {@code "@*"}), each key with
         * where it is written; anything there but keys and their separators is an error at it.
         */
        private void uncited(ProseSection s) {
            String text = s.nocite().content();
            java.util.regex.Matcher token = NOCITE_TOKEN.matcher(text);
            while (token.find()) {
                SourcePosition at = s.nocite().map().at(text, token.start());
                java.util.regex.Matcher key = NOCITE_KEY.matcher(token.group());
                if (key.matches()) {
                    citations.uncited(key.group(1), at);
                } else {
                    diagnostics.error(at, "'" + token.group() + "' in nocite is not a work's key: nocite names works as"
                            + " \"@key1, @key2\", or \"@*\" for every work of the bibliography");
                }
            }
        }

        /** The quotation marks straight ones in the prose become: the article's language's (or the project's). */
        private ProseRenderer.Quotes quotes() {
            return ProseRenderer.Quotes.of(words);
        }

        private ProseRenderer.Rendered renderProse(ProseSection s, String number, String node) {
            ProseRenderer.Layout layout = new ProseRenderer.Layout(number, ArticleAnchors.sectionAnchor(s.id()), SECTION_LEVEL + 1,
                    s.listStyle(), quotes());
            ProseRenderer.Rendered rendered = prose.render(examples(s.body()), layout, directives(node, s.id()), images, index.audience(),
                    participantAudiences, diagnostics);
            ProseRenderer.nameUntitledCallouts(rendered.body(), words, study.info().language(), s.language());
            callouts.add(rendered, s.kind() == ProseSection.Kind.APPENDIX);
            withhold(rendered);
            notes.collect(rendered);
            return rendered;
        }

        private Element narrative(CodeNode node, ProseSection section) {
            ProseRenderer.Layout layout = new ProseRenderer.Layout("", ArticleAnchors.nodeAnchor(node.id()),
                    Math.min(6, headingLevel(node) + 1), "decimal", quotes());
            ProseRenderer.Rendered rendered = prose.render(examples(node.narrative().get()), layout, directives(node.id(), section.id()),
                    images, index.audience(), participantAudiences, diagnostics);
            ProseRenderer.nameUntitledCallouts(rendered.body(), words, study.info().language(), "");
            callouts.add(rendered, false);
            withhold(rendered);
            notes.collect(rendered);
            floats.narrative(rendered);
            return rendered.body();
        }

        private StudyDirectives directives(String node, String sectionId) {
            return new StudyDirectives(study, index, placements, mentions, citations, xrefs, words, diagnostics, node, sectionId,
                    agreement, counts, examples);
        }

        /**
         * Cross-reference labels of a section ({@code sec-ID}: "Section 2", "Appendix A", a back matter section's title)
         * and of its subsections (their heading ids: "Section 2.1", or a back matter heading's words).
         */
        private void defineSections(ProseSection s, String anchor, String reference, String number, List<Heading> headings) {
            xrefs.define(ArticleAnchors.sectionAnchor(s.id()), reference, number, anchor);
            for (Heading h : headings) {
                // a heading of back matter has no number: it is referred to by its words; one in conditional content
                // by each format's number (and in its formats alone)
                for (String format : h.formats()) {
                    String n = h.number(format);
                    xrefs.define(h.id(), n.isEmpty() ? h.text() : section(n), n.isEmpty() ? h.text() : n, h.id(),
                            List.of(format));
                }
            }
        }

        /** {@code byFormat} where its formats differ, else empty: what a view keeps for {@code forFormat}. */
        private static Map<String, String> apart(Map<String, String> byFormat) {
            return new java.util.HashSet<>(byFormat.values()).size() > 1 ? Map.copyOf(byFormat) : Map.of();
        }

        /** The coding frame drawn as a tree: levels left to right, each node with the quotes coded to it or below. */
        private ArticleView.FigureView figure(Map<String, String> numbers) {
            List<TreeNode> roots = treeNodes(study.frame().roots(), numbers);
            boolean reconstructed = index.preorder().stream().anyMatch(CodeNode::labelReconstructed);
            List<String> levels = study.frame().levels();
            boolean rightToLeft = Direction.isRightToLeft(study.info().language()); // the figure is mirrored (below)
            int drawn = Math.min(TreeFigure.MAX_LEVELS, study.info().presentation().figureLevels());
            int named = Math.min(levels.size(), drawn); // the caption names the levels the figure draws
            java.util.function.Function<String, String> caption = tableNumber -> (named > 1 ? words.format("figureCaption", Map.of("first", levels.get(0), "last",
                    levels.get(named - 1))) : words.get("figureCaptionOneLevel")) + " "
                    + words.get(rightToLeft ? "figureCaptionCountsAtLeft" : "figureCaptionCounts") // a mirrored figure's
                    + (reconstructed ? " " + words.get("figureReconstructed") : "")
                    + (index.preorder().stream().anyMatch(CodeNode::labelTruncated) ? " " + words.get("labelsTruncated") : "")
                    + (index.maxDepth() > drawn ? " " + words.format("figureCut", Map.of("levels",
                    drawn, "table", tableNumber)) : "");
            if (drawn == TreeFigure.MAX_LEVELS) { // cut off by Weft, not by the study's figureLevels: say so
                index.preorder().stream().filter(n -> index.depth(n.id()) == TreeFigure.MAX_LEVELS + 1).findFirst()
                        .ifPresent(n -> diagnostics.warning(n.position(), "the coding frame figure draws " + TreeFigure.MAX_LEVELS
                                + " levels: nodes deeper than that, first '" + n.id() + "' at depth "
                                + (TreeFigure.MAX_LEVELS + 1) + ", are left out of it (they are in Table 1 and the results)"));
            }
            String id = ArticleAnchors.CODING_FRAME_FIGURE + "-svg";
            TreeFigure tree = new TreeFigure(drawn);
            List<Scene> pages = tree.renderParts(id, words.get("figureTitle"), levelNames(), roots, TreeFigure.PAGE_HEIGHT,
                    words.get("figureContinued"), (part, parts) -> words.format("figurePart", Map.of("part", part, "parts", parts)));
            // a figure that fits a page is its one page, drawn once
            Scene whole = pages.size() == 1 ? pages.get(0) : tree.scene(id, words.get("figureTitle"), levelNames(), roots);
            if (rightToLeft) { // the root column at the right, as the article reads
                pages = pages.stream().map(Scene::mirrored).toList();
                whole = whole.mirrored();
            }
            Map<String, String> captions = new java.util.TreeMap<>(); // each format's, where table numbers differ
            tableNumbers.forEach((format, number) -> captions.put(format, caption.apply(number)));
            return ArticleView.FigureView.of(ArticleAnchors.CODING_FRAME_FIGURE, figureNumbers.get("html"),
                    caption.apply(tableNumbers.get("html")), whole, pages, apart(figureNumbers), apart(captions));
        }

        private List<TreeNode> treeNodes(List<CodeNode> list, Map<String, String> numbers) {
            List<TreeNode> out = new ArrayList<>();
            for (CodeNode n : list) {
                if (index.node(n.id()).filter(found -> found == n).isEmpty()) {
                    continue; // a duplicate id, reported by the checker
                }
                int quotes = index.countUnder(n.id()); // the analysis: withheld quotes count too
                out.add(new TreeNode(n.label(), numbers.getOrDefault(n.id(), ""), Integer.toString(quotes),
                        words.count("quotes", quotes), n.labelReconstructed(), treeNodes(n.children(), numbers)));
            }
            return out;
        }

        private int headingLevel(CodeNode node) {
            return Math.min(6, SECTION_LEVEL + index.depth(node.id()));
        }

        /**
         * Presented quotes that no text places: printed after the narrative of the first node they are coded to; in the
         * formats that do not present them where the text prints some of its parts in some formats only.
         */
        private Map<String, List<Element>> unplacedQuotes() {
            Map<String, List<Element>> more = new LinkedHashMap<>();
            for (Quote q : index.quotes()) {
                List<String> formats = placements.formatsWithout(q.id());
                if (!q.presented() || formats.isEmpty()) {
                    continue;
                }
                Optional<String> home = q.codes().stream().map(c -> c.id()).filter(id -> index.node(id).isPresent()).findFirst();
                if (home.isPresent()) {
                    placements.place(q.id(), home.get(), null, formats);
                    if (formats.size() < ConditionalContent.FORMATS.size()) {
                        unplacedIn.put(q.id(), formats);
                    }
                    more.computeIfAbsent(home.get(), k -> new ArrayList<>())
                            .add(QuoteMarkup.render(q, true, true, attributions.of(q), words,
                                    study.info().presentation().extractLines(), study.info().presentation().originals()));
                }
            }
            return more;
        }

        /**
         * A node's quote that no text places, as printed ({@code quote}, numbered or not): in the formats that do not
         * present it elsewhere alone, where others do.
         */
        private Html unplaced(Element quote) {
            Element q = quote.hasAttr("data-quote") ? quote : quote.selectFirst("[data-quote]");
            List<String> formats = q == null ? null : unplacedIn.get(q.attr("data-quote"));
            return new Html(formats == null ? quote.outerHtml()
                    : new Element("div").attr(ConditionalContent.ATTRIBUTE, String.join(" ", formats)).appendChild(quote.clone())
                    .outerHtml());
        }

        private List<NodeView> nodes(List<CodeNode> list, Map<String, Element> narratives, Map<String, String> numbers,
                                     Map<String, List<Element>> moreQuotes) {
            List<NodeView> views = new ArrayList<>();
            for (CodeNode n : list) {
                int depth = index.depth(n.id());
                Element narrative = narratives.get(n.id());
                List<Element> quotes = moreQuotes.getOrDefault(n.id(), List.of());
                List<Html> more = quotes.stream().map(this::unplaced).toList();
                boolean heading = numbers.containsKey(n.id());
                String pointer = narrative == null ? pointer(n, quotes) : "";
                String text = heading || (narrative == null && more.isEmpty() && pointer.isEmpty() && !n.isIncomplete())
                        ? (narrative == null ? "" : narrative.html()) : runInLabel(n, narrative);
                views.add(new NodeView(n.id(), ArticleAnchors.nodeAnchor(n.id()), numbers.getOrDefault(n.id(), ""), n.label(),
                        levelName(depth), heading, headingLevel(n), n.labelReconstructed(),
                        OutputNames.nodePage(n.id()), text.isEmpty() ? null : new Html(text), more,
                        n.isIncomplete() ? words.format("incompleteNote", Map.of("reason", n.incomplete())) : "",
                        pointer.isEmpty() ? null : new Html(pointer), nodes(n.children(), narratives, numbers, moreQuotes)));
            }
            return views;
        }

        /**
         * The narrative as printed: below the heading levels it begins with the node's label as a run-in heading
         * (linked to its evidence), unless the narrative names the node itself ({{node:ID}}, as the default study's
         * narratives do). Only for a node that prints something of its own: one that prints nothing stays unlabelled.
         */
        private String runInLabel(CodeNode n, Element narrative) {
            String written = n.narrative().map(t -> t.content()).orElse("");
            boolean namesItself = written.contains("{{node:" + n.id() + "}}") || written.contains("{{node:" + n.id() + "|");
            if (namesItself) {
                return narrative == null ? "" : narrative.html();
            }
            Element label = new Element("strong").addClass("run-in-label");
            label.appendElement("a").attr("href", OutputNames.nodePage(n.id())).text(n.label());
            label.appendText(".");
            Element first = narrative == null ? null : narrative.children().first();
            if (first != null && first.tagName().equals("p")) {
                Element copy = narrative.clone();
                copy.children().first().prependText(" ").prependChild(label);
                return copy.html();
            }
            Element alone = new Element("p").addClass("run-in").appendChild(label);
            return alone.outerHtml() + (narrative == null ? "" : "\n" + narrative.html());
        }

        /**
         * Where a node's quotes are, when none is printed under it or under the nodes above it (whose narratives present
         * their children's quotes): "Its quote is presented in Section 4", each place linked to its first quote. Empty
         * when every quote of its own is presented with it, or none is presented. Where the formats place its quotes
         * apart (conditional content), each format's words, printed in it alone; none in a format that prints
         * {@code more} (quotes no text places) under it.
         */
        private String pointer(CodeNode n, List<Element> more) {
            if (!placements.apart()) { // as most studies: every format places each quote alike (none printed apart)
                return more.isEmpty() ? pointer(n, ConditionalContent.FORMATS.get(0)) : "";
            }
            Map<String, List<String>> byWords = new LinkedHashMap<>();
            for (String format : ConditionalContent.FORMATS) {
                boolean quotesHere = more.stream().anyMatch(e -> ConditionalContent.only(unplaced(e).value(), format)
                        .contains("data-quote"));
                byWords.computeIfAbsent(quotesHere ? "" : pointer(n, format), k -> new ArrayList<>()).add(format);
            }
            if (byWords.size() == 1) {
                return byWords.keySet().iterator().next();
            }
            StringBuilder out = new StringBuilder();
            byWords.forEach((words, formats) -> {
                if (!words.isEmpty()) {
                    out.append(new Element("div").attr(ConditionalContent.ATTRIBUTE, String.join(" ", formats)).append(words)
                            .outerHtml());
                }
            });
            return out.toString();
        }

        /** The pointer of {@link #pointer(CodeNode, List)} as {@code format} places the node's quotes. */
        private String pointer(CodeNode n, String format) {
            List<String> withIt = index.path(n.id()).stream().map(CodeNode::id).toList();
            List<QuotePlacements.Placement> elsewhere = index.quotesCodedTo(n.id()).stream()
                    .map(q -> placements.of(q.id(), format)).flatMap(Optional::stream)
                    .filter(p -> p.nodeId() == null || !withIt.contains(p.nodeId())).toList();
            if (elsewhere.isEmpty()) {
                return "";
            }
            Map<String, String> places = new LinkedHashMap<>();
            for (QuotePlacements.Placement at : elsewhere) {
                String where = at.nodeId() != null && nodeNumbers.containsKey(at.nodeId())
                        ? nodeReference(index.node(at.nodeId()).orElseThrow(), nodeNumbers.get(at.nodeId()))
                        : at.nodeId() != null ? index.node(at.nodeId()).map(CodeNode::label).orElse(at.nodeId())
                        : sectionReferences.containsKey(at.sectionId()) ? sectionReferences.get(at.sectionId())
                        : words.get("theArticle");
                places.putIfAbsent(where, at.anchor());
            }
            Element p = new Element("p").addClass("node-pointer");
            p.appendText(words.count("presentedElsewhere", elsewhere.size()) + " ");
            int i = 0;
            for (Map.Entry<String, String> place : places.entrySet()) {
                p.appendElement("a").attr("href", "#" + place.getValue()).text(place.getKey());
                p.appendText(++i == places.size() ? "." : ", ");
            }
            return p.outerHtml();
        }

        private String levelName(int depth) {
            return words.levelName(study.frame().levels(), depth);
        }

        /** The levels' names, one per level of the frame, deeper levels beyond the names given as "level N". */
        private List<String> levelNames() {
            List<String> names = new ArrayList<>();
            for (int depth = 1; depth <= Math.max(index.maxDepth(), study.frame().levels().size()); depth++) {
                names.add(levelName(depth));
            }
            return List.copyOf(names);
        }

        /** The letter of the n-th appendix: A to Z, then AA, AB … */
        private static String letter(int n) {
            return (n > 26 ? letter((n - 1) / 26) : "") + (char) ('A' + (n - 1) % 26);
        }

        private String section(String number) {
            return words.format("sectionRef", Map.of("number", number));
        }

        private ArticleView.TableView table(Map<String, String> numbers) {
            List<ArticleView.RowView> rows = new ArrayList<>();
            ParticipantCounts participants = new ParticipantCounts(study.info(), index);
            for (CodeNode n : index.preorder()) {
                int depth = index.depth(n.id());
                rows.add(new ArticleView.RowView(numbers.getOrDefault(n.id(), ""), n.label(), "#" + ArticleAnchors.nodeAnchor(n.id()),
                        OutputNames.nodePage(n.id()), depth, levelName(depth), index.countCodedTo(n.id()),
                        index.countUnder(n.id()), participants.under(n.id()).total()));
            }
            String who = participants.who();
            String caption = participants.any() ? "tableCaption" + who : "tableCaption";
            return new ArticleView.TableView(ArticleAnchors.CODING_FRAME_TABLE, tableNumbers.get("html"),
                    words.format(caption, Map.of("levels", String.join(", ", study.frame().levels())))
                            + (index.preorder().stream().anyMatch(CodeNode::labelTruncated) ? ". " + words.get("labelsTruncated") : ""),
                    words.get(study.info().presentation().numberFormat().isEmpty() ? "tableNumberSection" : "tableNumber"), study.frame().levels(), List.copyOf(rows),
                    index.quotes().size() + index.withheldCount(), // the analysis: withheld quotes count too, as in the rows
                    participants.any() ? words.get("table" + who) : "", participants.quoted().total(), apart(tableNumbers));
        }

        /**
         * The title, keywords and abstract in each other language the study gives, in the order of study.yaml's
         * translations and then of the abstracts' files; headings in that language's words.
         */
        private List<ArticleView.TranslationView> translations(Map<String, Html> abstracts) {
            Map<String, ArticleView.TranslationView> out = new LinkedHashMap<>();
            for (var t : study.info().translations()) {
                Words other = Words.of(t.language());
                Element title = prose.title(t.title(), ProseRenderer.Quotes.of(other));
                out.putIfAbsent(t.language(), new ArticleView.TranslationView(t.language(), title.text(),
                        new Html(title.html()), other.get("abstract"),
                        abstracts.get(t.language()), other.get("keywords"), t.keywords()));
            }
            abstracts.forEach((language, html) -> {
                Words other = Words.of(language);
                out.putIfAbsent(language, new ArticleView.TranslationView(language, "", new Html(""), other.get("abstract"), html,
                        other.get("keywords"), List.of()));
            });
            return List.copyOf(out.values());
        }

        private ArticleView view(Html abstractHtml, List<SectionView> sections, List<Html> references,
                                 List<ArticleView.TranslationView> translations) {
            var info = study.info();
            Map<String, String> marks = new LinkedHashMap<>();
            for (Affiliation a : info.affiliations()) {
                marks.put(a.id(), Integer.toString(marks.size() + 1));
            }
            List<ArticleView.AuthorView> authors = new ArrayList<>();
            for (Author a : info.authors()) {
                authors.add(new ArticleView.AuthorView(a.name(),
                        a.affiliations().stream().map(r -> marks.getOrDefault(r.id(), "?")).toList(), a.corresponding()));
            }
            List<ArticleView.AffiliationView> affiliations = info.affiliations().stream()
                    .map(a -> new ArticleView.AffiliationView(marks.get(a.id()), a.name(), a.country())).toList();
            Publication p = info.publication();
            List<ArticleView.LabelValue> dates = new ArrayList<>();
            addIf(dates, words.get("received"), p.received());
            addIf(dates, words.get("accepted"), p.accepted());
            addIf(dates, words.get("published"), p.published());
            List<String> issn = new ArrayList<>();
            if (!p.issnPrint().isEmpty()) {
                issn.add(words.format("issnPrint", Map.of("issn", p.issnPrint())));
            }
            if (!p.issnOnline().isEmpty()) {
                issn.add(words.format("issnOnline", Map.of("issn", p.issnOnline())));
            }
            List<ArticleView.TocEntry> toc = new ArrayList<>(outline.stream().filter(h -> h.level() <= SECTION_LEVEL + 2 && h.listed())
                    .map(h -> new ArticleView.TocEntry(h.level() - SECTION_LEVEL + 1, h.number(), h.text(), h.id(),
                            h.numbers())).toList());
            String firstAppendix = sections.stream().filter(v -> v.kind().equals("appendix")).map(SectionView::id)
                    .findFirst().orElse(null);
            int appendix = toc.stream().map(ArticleView.TocEntry::id).toList().indexOf(firstAppendix);
            int at = appendix < 0 ? toc.size() : appendix;
            List<ArticleView.NoteView> noteViews = notes.views();
            if (!noteViews.isEmpty()) { // the notes, then the references, where they are printed: before the appendices
                toc.add(at++, new ArticleView.TocEntry(1, "", words.get("notes"), "notes"));
            }
            if (!references.isEmpty()) {
                toc.add(at, new ArticleView.TocEntry(1, "", words.get("references"), "references"));
            }
            Element title = prose.title(info.title(), quotes());
            Element shortTitle = prose.title(info.shortTitle(), quotes());
            return new ArticleView(info.language(), title.text(), new Html(title.html()), shortTitle.text(),
                    new Html(shortTitle.html()), info.articleType(), List.copyOf(authors), affiliations,
                    p.journal(), p.website(), p.publisher(), volumeLine(p), String.join(", ", issn), p.doi(),
                    p.doi().isEmpty() ? "" : "https://doi.org/" + p.doi(), identifiers(p), List.copyOf(dates), info.keywords(),
                    abstractHtml, translations, List.copyOf(sections), List.copyOf(toc), noteViews, references, info.contentNote(),
                    HowToCite.of(info, title.text(), shortTitle.text(), citations.cache()),
                    checklistLink(), words.buildNote(index.audience(), index.withheldCount(), info.anonymised()),
                    List.of(new ArticleView.LinkView(OutputNames.PDF, words.get("formatPdf")),
                            new ArticleView.LinkView(OutputNames.DOCX, words.get("formatDocx")),
                            new ArticleView.LinkView(OutputNames.JATS, words.get("formatJats"))));
        }

        /** The link to the filled reporting checklist, where the study maps one to the article. */
        private ArticleView.LinkView checklistLink() {
            return study.checklist().flatMap(c -> ChecklistDefinition.named(c.name()))
                    .map(d -> new ArticleView.LinkView(OutputNames.CHECKLIST, words.format("checklistLink", Map.of("name", d.title()))))
                    .orElse(null);
        }

        /** The article's number and its PubMed identifiers, where the study gives them. */
        private List<ArticleView.LabelValue> identifiers(Publication p) {
            List<ArticleView.LabelValue> ids = new ArrayList<>();
            addIf(ids, words.get("articleNumber"), p.articleNumber());
            addIf(ids, "PMID", p.pmid());
            addIf(ids, "PMCID", p.pmcid());
            return List.copyOf(ids);
        }

        private static void addIf(List<ArticleView.LabelValue> list, String label, String value) {
            if (!value.isEmpty()) {
                list.add(new ArticleView.LabelValue(label, value));
            }
        }

        private String volumeLine(Publication p) {
            StringBuilder line = new StringBuilder();
            if (p.year() != null) {
                line.append(p.year());
            }
            if (!p.volume().isEmpty()) {
                line.append(line.length() > 0 ? ", " : "").append(words.format("volume", Map.of("volume", p.volume())));
            }
            if (!p.issue().isEmpty()) {
                line.append(line.length() > 0 ? ", " : "").append(words.format("issue", Map.of("issue", p.issue())));
            }
            return line.toString();
        }
    }

    private record PendingSection(ProseSection section, String title, Html titleHtml, String id, String number,
                                  Element body, Map<String, Element> narratives, Map<String, String> numbers) {
    }
}
