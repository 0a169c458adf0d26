package weft.render.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import weft.diagnostics.Diagnostics;
import weft.model.Attributions;
import weft.model.Author;
import weft.model.Abstraction;
import weft.model.CodeNode;
import weft.model.FrameIndex;
import weft.model.ParticipantCounts;
import weft.model.Quote;
import weft.model.ResearchQuestion;
import weft.model.Study;
import weft.prose.Directive;
import weft.prose.DirectiveHandler;
import weft.publish.OutputNames;
import weft.render.html.ArticleAnchors;
import weft.words.Words;

/**
 * Resolves the directives of one piece of prose against the study. Quote text is set with
 * {@link Element#text}, so it is escaped and never parsed.
 */
final class StudyDirectives implements DirectiveHandler {

    private static final Pattern LEVEL = Pattern.compile("level(\\d{1,3})");
    /** The options of value and count after {@code |}; quote and research-questions take none, node any text (its wording). */
    private static final List<String> NUMBER_OPTIONS = Words.NUMBER_OPTIONS;

    private final Study study;
    private final FrameIndex index;
    private final QuotePlacements placements;
    private final NodeMentions mentions;
    private final Citations citations;
    private final CrossReferences xrefs;
    private final Diagnostics diagnostics;
    private final Words words;
    private final String narrativeNode;
    private final String sectionId;
    private final AgreementDirectives agreement;
    private final ParticipantCounts participants;
    private final ParticipantTables tables;
    private final CountPlaceholders counts;
    /** The number of each of Pandoc's example list items by its label, which {@code (@label)} prints. */
    private final Map<String, Integer> examples;

    StudyDirectives(Study study, FrameIndex index, QuotePlacements placements, NodeMentions mentions,
                    Citations citations, CrossReferences xrefs, Words words, Diagnostics diagnostics,
                    String narrativeNode, String sectionId, AgreementDirectives agreement, CountPlaceholders counts,
                    Map<String, Integer> examples) {
        this.study = study;
        this.index = index;
        this.placements = placements;
        this.mentions = mentions;
        this.citations = citations;
        this.xrefs = xrefs;
        this.diagnostics = diagnostics;
        this.words = words;
        this.narrativeNode = narrativeNode;
        this.sectionId = sectionId;
        this.agreement = agreement;
        this.counts = counts;
        this.examples = examples;
        this.participants = new ParticipantCounts(study.info(), index);
        this.tables = new ParticipantTables(index, participants, words, diagnostics);
    }

    @Override
    public List<Node> render(Directive d, boolean alone) {
        return render(d, alone, weft.prose.ConditionalContent.FORMATS);
    }

    @Override
    public List<Node> render(Directive d, boolean alone, List<String> formats) {
        return switch (d.kind()) {
            case "cite-in-text" -> examples.containsKey(d.argument()) // (@good): the example's number, as Pandoc prints it
                    ? List.of(new TextNode(Integer.toString(examples.get(d.argument()))))
                    : List.of(citations.register(d));
            case "cite" -> List.of(citations.register(d));
            case "ref" -> List.of(xrefs.register(d));
            case "quote" -> d.option().isEmpty() ? quote(d, alone, formats) : badOption(d, List.of());
            case "node" -> node(d);
            case "value" -> NUMBER_OPTIONS.contains(d.option()) || d.option().isEmpty() ? value(d) : badOption(d, NUMBER_OPTIONS);
            case "count" -> NUMBER_OPTIONS.contains(d.option()) || d.option().isEmpty() ? count(d) : badOption(d, NUMBER_OPTIONS);
            case "research-questions" -> !d.option().isEmpty() ? badOption(d, List.of())
                    : d.argument().isEmpty() ? researchQuestions()
                    : unresolved(d, "{{research-questions}} takes no argument (found '" + d.argument() + "')");
            case "contributions" -> !d.option().isEmpty() ? badOption(d, List.of())
                    : d.argument().isEmpty() ? contributions(d)
                    : unresolved(d, "{{contributions}} takes no argument (found '" + d.argument() + "')");
            case "agreement" -> agreement.render(d, diagnostics);
            case "participants" -> ParticipantTables.ListOptions.parse(d.option()).isPresent() ? tables.participantsTable(d, alone)
                    : badOption(d, ParticipantTables.ListOptions.ALLOWED);
            case "characteristics" -> CharacteristicsTable.Options.parse(d.option()).isPresent()
                    ? tables.characteristics(d, alone) : badOption(d, CharacteristicsTable.Options.ALLOWED);
            case "crosstab" -> CrosstabTable.Options.parse(d.option()).isPresent() ? tables.crosstab(d, alone)
                    : badOption(d, CrosstabTable.Options.ALLOWED);
            case "codebook" -> d.option().isEmpty() || d.option().equals("examples") ? codebook(d, alone)
                    : badOption(d, List.of("examples"));
            case "abstraction" -> abstraction(d, alone);
            default -> unresolved(d, "unknown directive '" + d.kind()
                    + "' (known: quote, node, value, count, agreement, research-questions, contributions, participants,"
                    + " characteristics, crosstab, codebook, abstraction)");
        };
    }

    private List<Node> badOption(Directive d, List<String> allowed) {
        return unresolved(d, "unknown option '" + d.option() + "' in " + d.source() + " ("
                + (allowed.isEmpty() ? "{{" + d.kind() + "}} takes no options" : "allowed: " + String.join(", ", allowed)) + ")");
    }

    private List<Node> quote(Directive d, boolean alone, List<String> formats) {
        Optional<Quote> found = index.quote(d.argument());
        if (found.isEmpty() && index.isWithheld(d.argument())) {
            return unresolved(d, "quote '" + d.argument() + "' is withheld from this build for privacy (its audience is"
                    + " narrower than the build's): the text cannot present it; build for its audience (--audience), or"
                    + " change its audience");
        }
        if (found.isEmpty()) {
            return unresolved(d, "unknown quote '" + d.argument() + "'" + index.quoteSuggestion(d.argument()));
        }
        Quote q = found.get();
        if (!q.presented()) {
            diagnostics.warning(d.position(), "quote '" + q.id() + "' is marked evidence-only (presented: false) but the prose presents it");
        }
        if (narrativeNode != null && q.codes().stream().noneMatch(c -> index.isWithin(c.id(), narrativeNode))) {
            diagnostics.warning(d.position(), "quote '" + q.id() + "' is presented in the narrative of '" + narrativeNode
                    + "' but is not coded to it or below it (coded to " + codes(q) + "): the narrative may be stale after a recoding");
        }
        List<String> firstIn = placements.place(q.id(), narrativeNode, sectionId, formats);
        return List.of(QuoteMarkup.anchoredIn(QuoteMarkup.render(q, alone, !firstIn.isEmpty(),
                new Attributions(study.info()).of(q), words, study.info().presentation().extractLines(),
                study.info().presentation().originals()), firstIn, formats));
    }

    private static String codes(Quote q) {
        return String.join(", ", q.codes().stream().map(c -> "'" + c.id() + "'").toList());
    }

    private List<Node> node(Directive d) {
        Optional<CodeNode> found = index.node(d.argument());
        if (found.isEmpty()) {
            return unresolved(d, "unknown node '" + d.argument() + "'" + index.nodeSuggestion(d.argument()));
        }
        CodeNode n = found.get();
        String text = d.option().isEmpty() ? n.label() : d.option();
        String anchor = mentions.record(n.id(), narrativeNode, sectionId);
        if (n.id().equals(narrativeNode)) {
            Element term = new Element("a").addClass("node-term").attr("href", OutputNames.nodePage(n.id())).id(anchor);
            term.appendElement("em").text(text);
            return List.of(term);
        }
        return List.of(new Element("a").addClass("node-ref").attr("href", "#" + ArticleAnchors.nodeAnchor(n.id())).id(anchor).text(text));
    }

    private List<Node> value(Directive d) {
        Object v = study.values().get(d.argument());
        if (v == null) {
            String near = weft.diagnostics.Suggestions.question(d.argument(), new java.util.TreeSet<>(study.values().keySet()));
            return unresolved(d, "unknown value '" + d.argument() + "' (no such field in coded-data/study.yaml"
                    + (near.isEmpty() ? "" : "; " + near) + ")");
        }
        if (!(v instanceof Long n)) {
            return d.option().isEmpty() ? List.of(new TextNode(v.toString()))
                    : unresolved(d, "option '" + d.option() + "' applies to numbers only, and '" + d.argument() + "' is not a number");
        }
        return List.of(new TextNode(words.number(n, d.option())));
    }

    private List<Node> count(Directive d) {
        String[] parts = d.argument().split(":", 2);
        String what = parts[0].strip();
        String target = parts.length > 1 ? parts[1].strip() : null;
        if (List.of("words", "tables", "figures").contains(what)) {
            return ofArticle(d, what, target);
        }
        Matcher level = LEVEL.matcher(what);
        boolean ofParticipants = what.equals("participants") || what.equals("groups");
        boolean takesNode = what.equals("quotes") || what.equals("children") || ofParticipants;
        if (!takesNode && !List.of("presented", "nodes", "shared").contains(what) && !level.matches()) {
            return unresolved(d, "unknown count '" + d.argument() + "' (known: quotes, quotes:NODE, presented, shared, nodes,"
                    + " children, children:NODE, participants, participants:NODE, groups, groups:NODE, level1, level2, ...,"
                    + " words, words:abstract, tables, figures)");
        }
        if (target != null && !takesNode) {
            return unresolved(d, "count '" + what + "' takes no node (found '" + target + "'); only quotes, children,"
                    + " participants and groups do (quotes:NODE)");
        }
        if (target != null && index.node(target).isEmpty()) {
            return unresolved(d, "unknown node '" + target + "' in count '" + d.argument() + "'" + index.nodeSuggestion(target));
        }
        if (ofParticipants && !participants.any()) {
            return unresolved(d, "count '" + what + "': the study declares no participants (participants: in"
                    + " coded-data/study.yaml or participants.yaml)");
        }
        String node = target != null ? target : narrativeNode;
        long n;
        if (ofParticipants) {
            // the study's, unless a node is named: "9 of the 14 participants" reads the same in a narrative
            ParticipantCounts.Count c = target == null ? participants.declared() : participants.under(target);
            n = what.equals("groups") ? c.groups() : c.persons();
        } else if (level.matches()) {
            List<String> levels = study.frame().levels();
            int depth = Integer.parseInt(level.group(1));
            if (depth < 1 || depth > levels.size()) {
                return unresolved(d, "count '" + what + "': the coding frame has " + levels.size() + " level"
                        + (levels.size() == 1 ? "" : "s") + " (" + String.join(", ", levels) + "): use level1 to level" + levels.size());
            }
            n = index.nodesAtDepth(depth);
        } else if (what.equals("children")) {
            if (node == null) {
                return unresolved(d, "count 'children' outside a narrative needs a node: children:NODE");
            }
            n = index.node(node).orElseThrow().children().size();
        } else if (what.equals("quotes")) {
            n = node == null ? index.quotes().size() + index.withheldCount() : index.countUnder(node);
        } else if (what.equals("shared")) { // as the evidence's overview counts them: withheld quotes too
            n = weft.model.SharedQuotes.of(index).quoteCount();
        } else {
            n = what.equals("presented") ? index.presentedQuoteCount() : index.preorder().size();
        }
        return List.of(new TextNode(words.number(n, d.option())));
    }

    /**
     * A count of the article itself, which a journal asks for on the title page: the main text's words ({@code words}),
     * the abstract's ({@code words:abstract}), the numbered tables and figures; filled in once the article is written.
     */
    private List<Node> ofArticle(Directive d, String what, String target) {
        if (what.equals("words") && target != null && !target.equals("abstract")) {
            return unresolved(d, "count 'words' counts the main text, or the abstract's with words:abstract (found '"
                    + target + "')");
        }
        if (!what.equals("words") && target != null) {
            return unresolved(d, "count '" + what + "' takes nothing after it (found '" + target + "'): it counts the"
                    + " article's numbered " + what + " outside the appendices");
        }
        CountPlaceholders.Kind kind = switch (what) {
            case "tables" -> CountPlaceholders.Kind.TABLES;
            case "figures" -> CountPlaceholders.Kind.FIGURES;
            default -> target == null ? CountPlaceholders.Kind.TEXT_WORDS : CountPlaceholders.Kind.ABSTRACT_WORDS;
        };
        return List.of(counts.placeholder(kind, d.option()));
    }

    /**
     * The authors' contributions as journals print them, each author with their CRediT roles in study.yaml's order:
     * "Ada Example: Conceptualization, Formal analysis. Bo Sample: Writing – review &amp; editing." An author without
     * roles is left out, with a warning; an error when no author has any. Nothing in an anonymised copy.
     */
    private List<Node> contributions(Directive d) {
        if (study.info().anonymised()) {
            return List.of(); // an anonymised copy names no author (a back section that prints this is left out)
        }
        if (study.info().authors().stream().allMatch(a -> a.roles().isEmpty())) {
            return unresolved(d, "{{contributions}} has nothing to print: no author in coded-data/study.yaml has roles"
                    + " (give each author's CRediT roles, such as roles: [conceptualization, formal-analysis])");
        }
        List<String> entries = new java.util.ArrayList<>();
        for (Author a : study.info().authors()) {
            if (a.roles().isEmpty()) {
                diagnostics.warning(a.at(), "author '" + a.name() + "' has no roles: {{contributions}} leaves them out;"
                        + " give what they did as CRediT's roles (roles: [conceptualization, formal-analysis])");
                continue;
            }
            String roles = a.roles().stream().map(c -> words.get("creditRole." + c.role().id())
                            + (c.degree().isEmpty() ? "" : " (" + words.get("creditDegree." + c.degree()) + ")"))
                    .collect(java.util.stream.Collectors.joining(", "));
            entries.add(words.format("contributionsEntry", java.util.Map.of("name", a.name(), "roles", roles)));
        }
        return List.of(new TextNode(String.join(" ", entries)));
    }

    private List<Node> researchQuestions() {
        Element list = new Element("ol").addClass("research-questions");
        for (ResearchQuestion q : study.info().researchQuestions()) {
            Element item = list.appendElement("li").id("rq-" + q.id());
            item.appendElement("span").addClass("rq-label").text(q.label());
            item.appendText(" " + q.text());
        }
        return List.of(list);
    }

    /**
     * The codebook: each node of the frame (or of the subtree of the node the argument names) in tree order, with its
     * heading number in the results (where it has a heading), its level, its description and the quotes coded to it and
     * below it, its label linked to its place in the results; with {@code |examples}, its example quote as well (and
     * its original after it, as every quote of the article, with {@code presentation.originals}).
     */
    private List<Node> codebook(Directive d, boolean alone) {
        Optional<String> found = tableRoot(d, alone);
        if (found.isEmpty()) {
            return List.of(new TextNode(d.source())); // reported
        }
        String root = found.get();
        Element table = new Element("table").addClass("codebook");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col")
                .text(words.get(study.info().presentation().numberFormat().isEmpty() ? "tableNumberSection" : "tableNumber"));
        head.appendElement("th").attr("scope", "col").text(words.get("tableNode"));
        head.appendElement("th").attr("scope", "col").text(words.get("tableLevel"));
        head.appendElement("th").attr("scope", "col").text(words.get("tableDescription"));
        head.appendElement("th").attr("scope", "col").addClass("num").text(words.get("tableQuotesInAll"));
        boolean examples = d.option().equals("examples");
        if (examples) {
            head.appendElement("th").attr("scope", "col").text(words.get("tableExample"));
        }
        Attributions attributions = new Attributions(study.info());
        Element body = table.appendElement("tbody");
        for (CodeNode n : index.preorder()) {
            if (!root.isEmpty() && !index.isWithin(n.id(), root)) {
                continue;
            }
            int depth = index.depth(n.id());
            Element row = body.appendElement("tr").addClass("depth-" + depth);
            // the node's heading number in the results, known once the results are numbered (they may come later)
            row.appendElement("td").appendChild(xrefs.registerNumber("sec-node-" + n.id()));
            row.appendElement("th").attr("scope", "row").appendElement("a")
                    .attr("href", "#" + ArticleAnchors.nodeAnchor(n.id())).text(n.label());
            row.appendElement("td").text(words.levelName(study.frame().levels(), depth));
            row.appendElement("td").text(n.description() == null ? "" : n.description());
            row.appendElement("td").addClass("num").text(words.number(index.countUnder(n.id()), ""));
            if (examples) {
                Element cell = row.appendElement("td").addClass("example");
                example(n).ifPresent(q -> cell.appendChild(QuoteMarkup.render(q, false, false, attributions.of(q), words,
                        false, study.info().presentation().originals())));
            }
        }
        return List.of(table);
    }

    /**
     * The abstraction of an inductive content analysis, as its papers print an example of it: each quote the article
     * presents that has a reduced expression, coded to the node the argument names or below it (anywhere without one),
     * a row for each node it is coded to there, in the tree's order: the quote (the original expression, printed as the
     * prose prints one), its reduced expression, then the node and those above it up to the top, each under its level's
     * name. A quote the build shows as its excerpt alone has no reduction to show (it tells the whole), so no row. The
     * option, where given, names the quotes to show, in the order to show them ({@code {{abstraction:NODE|a,b}}}): the
     * author's choice of examples where the analysis reduced many more.
     */
    private List<Node> abstraction(Directive d, boolean alone) {
        Optional<String> found = tableRoot(d, alone);
        if (found.isEmpty()) {
            return List.of(new TextNode(d.source())); // reported
        }
        String root = found.get();
        Optional<List<Quote>> chosen = d.option().isEmpty() ? Optional.of(List.of()) : chosenQuotes(d, root);
        if (chosen.isEmpty()) {
            return List.of(new TextNode(d.source())); // the choice's errors are reported
        }
        List<Abstraction.Row> rows = new java.util.ArrayList<>(d.option().isEmpty()
                ? Abstraction.of(index, root, Quote::presented).rows() : List.of());
        for (Quote q : chosen.get()) { // in the order named, a row for each of its nodes within the root, in the tree's order
            rows.addAll(Abstraction.of(index, root, q::equals).rows());
        }
        if (rows.isEmpty() && !d.option().isEmpty()) {
            return unresolved(d, d.source() + ": none of the quotes it names has a reduced expression to show");
        }
        if (rows.isEmpty()) {
            return unresolved(d, d.source() + ": no quote the article presents"
                    + (root.isEmpty() ? "" : " coded to '" + root + "' or below it") + " has a reduced expression (reduced: in"
                    + " its quote file)");
        }
        int depth = new Abstraction(rows).depth();
        Element table = new Element("table").addClass("abstraction");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(words.get("tableOriginalExpression"));
        head.appendElement("th").attr("scope", "col").text(words.get("tableReducedExpression"));
        for (int level = depth; level >= 1; level--) { // from the node up, as the analysis went
            head.appendElement("th").attr("scope", "col").text(words.capitalised(words.levelName(study.frame().levels(), level)));
        }
        Attributions attributions = new Attributions(study.info());
        Element body = table.appendElement("tbody");
        for (Abstraction.Row r : rows) {
            Quote q = r.quote();
            Element row = body.appendElement("tr");
            row.appendElement("td").addClass("example").appendChild(QuoteMarkup.render(q, false, false, attributions.of(q),
                    words, false, study.info().presentation().originals()));
            row.appendElement("td").text(q.reducedWords().orElseThrow());
            for (int level = depth; level >= 1; level--) {
                List<CodeNode> path = r.path();
                row.appendElement("td").text(level <= path.size() ? path.get(level - 1).label() : "");
            }
        }
        return List.of(table);
    }

    /**
     * The quotes {@code {{abstraction:ROOT|a,b}}} names, in its order; empty where the choice has errors (reported at the
     * directive: an empty name or one named twice, an unknown quote, one withheld from this build, one not coded to ROOT
     * or below it). One marked evidence-only is shown, with a warning, as the prose presenting it is; one without a
     * reduced expression in this build (none written, or a build that shows its excerpt alone) is left out, with a warning.
     */
    private Optional<List<Quote>> chosenQuotes(Directive d, String root) {
        List<Quote> chosen = new java.util.ArrayList<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        boolean wrong = false;
        for (String part : d.option().split(",", -1)) {
            String id = part.strip();
            Optional<Quote> q = index.quote(id);
            Optional<String> problem = choiceProblem(d, root, id, q, !named.add(id));
            if (problem.isPresent()) {
                diagnostics.error(d.position(), problem.get());
                wrong = true;
            } else if (q.get().reduced().isEmpty()) {
                diagnostics.warning(d.position(), "quote '" + id + "' has no reduced expression in this build (reduced: in its"
                        + " quote file; a build that shows its excerpt alone shows none): " + d.source() + " leaves it out");
            } else {
                if (!q.get().presented()) {
                    diagnostics.warning(d.position(), "quote '" + id + "' is marked evidence-only (presented: false) but "
                            + d.source() + " presents it");
                }
                chosen.add(q.get());
            }
        }
        return wrong ? Optional.empty() : Optional.of(List.copyOf(chosen));
    }

    /**
     * The node a table of the frame ({@code {{codebook:NODE}}}, {@code {{abstraction:NODE}}}) is of, "" for the whole
     * frame; empty, reported at the directive, where it is used inside a sentence or names no node.
     */
    private Optional<String> tableRoot(Directive d, boolean alone) {
        String root = d.argument().strip();
        if (!alone) {
            diagnostics.error(d.position(), d.printsATable());
        } else if (!root.isEmpty() && index.node(root).isEmpty()) {
            diagnostics.error(d.position(), "unknown node '" + root + "' in {{" + d.kind() + ":" + root + "}}" + index.nodeSuggestion(root));
        } else {
            return Optional.of(root);
        }
        return Optional.empty();
    }

    /** Why quote {@code id}, found as {@code q}, cannot be one of the abstraction's chosen examples under {@code root}. */
    private Optional<String> choiceProblem(Directive d, String root, String id, Optional<Quote> q, boolean twice) {
        if (id.isEmpty()) {
            return Optional.of("an empty quote id in " + d.source() + ": name the quotes to show, separated by commas");
        }
        if (twice) {
            return Optional.of("quote '" + id + "' is named twice in " + d.source());
        }
        if (q.isEmpty()) {
            return Optional.of(index.isWithheld(id) ? "quote '" + id + "' is withheld from this build for privacy (its audience"
                    + " is narrower than the build's): the table cannot present it; build for its audience (--audience), or"
                    + " choose another" : "unknown quote '" + id + "' in " + d.source() + index.quoteSuggestion(id));
        }
        if (!root.isEmpty() && q.get().codes().stream().noneMatch(c -> index.isWithin(c.id(), root))) {
            return Optional.of("quote '" + id + "' is not coded to '" + root + "' or below it (coded to '" + q.get().codes()
                    .stream().map(c -> c.id()).collect(java.util.stream.Collectors.joining("', '")) + "'): name one of its quotes");
        }
        return Optional.empty();
    }

    /**
     * The quote the codebook prints as the node's example: the one the author named ({@code example:}), else the first
     * quote the article presents that is coded to the node itself; none for a node without such a quote (a theme whose
     * quotes are all coded below it). An example withheld from this build gives way to the first presented quote.
     */
    private Optional<Quote> example(CodeNode n) {
        if (n.example().isPresent()) {
            String id = n.example().get().id();
            Optional<Quote> chosen = index.quote(id);
            if (chosen.isPresent() && !chosen.get().presented()) {
                diagnostics.warning(n.example().get().position(), "quote '" + id + "', the example of node '" + n.id()
                        + "' in the codebook, is marked evidence-only (presented: false) but the codebook presents it");
            }
            if (chosen.isPresent()) {
                return chosen;
            }
            if (index.isWithheld(id)) { // an unknown quote is the checker's error
                diagnostics.note(n.example().get().position(), "quote '" + id + "', the example of node '" + n.id()
                        + "', is withheld from this build for privacy: the codebook prints the node's first presented quote instead");
            }
        }
        return index.quotesCodedTo(n.id()).stream().filter(Quote::presented).findFirst();
    }

    private List<Node> unresolved(Directive d, String message) {
        diagnostics.error(d.position(), message);
        return List.of(new TextNode(d.source()));
    }
}
