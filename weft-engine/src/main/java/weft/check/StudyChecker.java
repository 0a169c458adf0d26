package weft.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.diagnostics.Suggestions;
import weft.model.Author;
import weft.model.CodeNode;
import weft.model.CodingFrame;
import weft.model.Excerpt;
import weft.model.FrameIndex;
import weft.model.Participant;
import weft.model.Placeholders;
import weft.model.Presentation;
import weft.model.ProseSection;
import weft.model.Quote;
import weft.model.QuoteAttribution;
import weft.model.Ref;
import weft.model.SharedQuotes;
import weft.model.Study;
import weft.model.StudyInfo;
import weft.model.UnknownFact;

/**
 * The semantic checks of a study that its schemas cannot express. Prose references are checked where
 * they are rendered (the article renderer), since that is where they are resolved.
 */
public final class StudyChecker {

    public void check(Study study, FrameIndex index, Diagnostics diagnostics) {
        checkIds(Optional.of(study.frame()), study.quotes(), diagnostics);
        unique(study.sections(), ProseSection::id, s -> new SourcePosition(s.path(), 2, 1), "section", diagnostics);

        Set<String> affiliations = new LinkedHashSet<>();
        study.info().affiliations().forEach(a -> affiliations.add(a.id()));
        for (Author author : study.info().authors()) {
            for (Ref ref : author.affiliations()) {
                if (!affiliations.contains(ref.id())) {
                    diagnostics.error(ref.position(), "author '" + author.name() + "' refers to unknown affiliation '" + ref.id() + "'"
                            + Suggestions.didYouMean(ref.id(), affiliations));
                }
            }
        }
        for (UnknownFact unknown : study.info().unknowns()) {
            if (unknown.alsoGiven()) {
                diagnostics.error(unknown.at(), unknown.field() + " is said to be unknown but is given: remove one of them");
            } else {
                diagnostics.note(unknown.at(), unknown.field() + " is not known (recorded as unknown)");
            }
        }
        for (int i = 0; i < study.info().authors().size(); i++) {
            Author author = study.info().authors().get(i);
            if (author.family().isEmpty() && !study.info().isUnknown("authors[" + (i + 1) + "].family")) {
                diagnostics.warning(author.at(), "author '" + author.name() + "' has no family name: references and"
                        + " exports cite the name whole, as one unit, and the citation key is made of all of it;"
                        + " give given: and family: (or unknown: [family])");
            }
        }

        int levels = study.frame().levels().size();
        for (CodeNode node : index.preorder()) {
            if (index.depth(node.id()) > levels) {
                diagnostics.error(node.position(), "node '" + node.id() + "' is at depth " + index.depth(node.id())
                        + " but 'levels' names only " + levels + " levels");
            }
            if (!node.recoded().isEmpty()) {
                diagnostics.warning(node.recodedAt(), "the narrative of node '" + node.id() + "' may be stale: " + node.recoded()
                        + " (check it against the node's quotes, then remove 'recoded')");
            }
            if (!node.descriptionDraft().isEmpty()) {
                diagnostics.note(node.descriptionDraftAt(), "node '" + node.id() + "' has a description draft from the QDA"
                        + " tool's memo: review it, then make it the description and remove descriptionDraft");
            }
            node.example().ifPresent(example -> example(node, example, index, diagnostics));
            if (node.isIncomplete()) {
                // acknowledged in the data: reported, never a failure, and it answers the warning below
                diagnostics.note(node.incompleteAt(), "node '" + node.id() + "' is incomplete: " + node.incomplete());
            } else if (node.isLeaf() && index.quotesCodedTo(node.id()).isEmpty()) {
                diagnostics.warning(node.position(), "leaf node '" + node.id() + "' has no quote coded to it"
                        + " (if the source gives none, say so: incomplete: \"reason\")");
            }
        }
        for (Quote quote : study.quotes()) {
            bidiControl(quote, diagnostics);
            controlCharacter(quote, diagnostics);
            backwardLines(quote, diagnostics);
            quote.excerpt().ifPresent(excerpt -> excerpt(quote, quote.text(), excerpt, "", diagnostics));
            quote.original().ifPresent(o -> o.excerpt().ifPresent(excerpt -> excerpt(quote, o.text(), excerpt, "the original's ",
                    diagnostics)));
            if (study.info().presentation().originals() && quote.excerpt().isPresent()
                    && quote.original().filter(o -> o.excerpt().isEmpty()).isPresent()) {
                diagnostics.warning(quote.excerpt().get().position(), "quote '" + quote.id() + "': its original is not printed"
                        + " beside its excerpt (presentation.originals), as the whole original would tell the words cut: give"
                        + " the original's words the article prints as the original's excerpt (original: {excerpt: ...})");
            }
            study.frame().exclusive().ifPresent(at -> exclusive(quote, at, index, diagnostics));
            Set<String> seen = new HashSet<>();
            for (Ref code : quote.codes()) {
                if (index.node(code.id()).isEmpty()) {
                    diagnostics.error(code.position(), "quote '" + quote.id() + "' is coded to unknown node '" + code.id() + "'"
                            + index.nodeSuggestion(code.id()));
                } else if (!seen.add(code.id())) {
                    diagnostics.warning(code.position(), "quote '" + quote.id() + "' is coded to '" + code.id() + "' twice");
                }
            }
            for (Quote.Coding coding : quote.codings()) {
                if (index.node(coding.node().id()).isEmpty()) {
                    diagnostics.error(coding.node().position(), "a coding of quote '" + quote.id() + "'"
                            + (coding.coder().isEmpty() ? "" : " by '" + coding.coder() + "'") + " names unknown node '"
                            + coding.node().id() + "'" + index.nodeSuggestion(coding.node().id()) + " (qda.codings lists the nodes of this coding frame)");
                }
            }
        }
        participants(study, diagnostics);
        numberFormat(study.info().presentation(), diagnostics);
        languages(study, diagnostics);
        long results = study.sections().stream().filter(s -> s.kind() == ProseSection.Kind.RESULTS).count();
        if (results > 1) {
            study.sections().stream().filter(s -> s.kind() == ProseSection.Kind.RESULTS).skip(1).forEach(s ->
                    diagnostics.error(new SourcePosition(s.path(), 2, 1), "more than one section has kind 'results'"));
        } else if (results == 0 && !study.sections().isEmpty()) {
            diagnostics.warning(SourcePosition.ofFile("content"), "no section has kind 'results': the coding frame is not printed");
        }
    }

    /**
     * A node's example (the quote its row of the codebook prints) is a quote of the study coded to the node or below
     * it. A quote withheld from this build is not checked here: its codes are not in the build (a build for its audience
     * checks it).
     */
    private static void example(CodeNode node, Ref example, FrameIndex index, Diagnostics diagnostics) {
        Optional<Quote> quote = index.quote(example.id());
        if (quote.isEmpty() && !index.isWithheld(example.id())) {
            diagnostics.error(example.position(), "node '" + node.id() + "' names unknown quote '" + example.id() + "' as its example"
                    + index.quoteSuggestion(example.id()));
        } else if (quote.isPresent() && quote.get().codes().stream().noneMatch(c -> index.isWithin(c.id(), node.id()))) {
            diagnostics.error(example.position(), "quote '" + example.id() + "', the example of node '" + node.id()
                    + "', is not coded to it or below it (coded to " + String.join(", ", quote.get().codes().stream()
                    .map(c -> "'" + c.id() + "'").toList()) + "): name one of the node's quotes");
        }
    }

    /**
     * Quotes name known participants, every participant has a quote, and the attribution's placeholders are
     * {citedAs} or attributes that every participant has (else a quote would be attributed with a gap).
     */
    private static void participants(Study study, Diagnostics diagnostics) {
        List<Participant> participants = study.info().participants();
        unique(participants, Participant::id, Participant::position, "participant", diagnostics);
        Map<String, Participant> byId = new java.util.LinkedHashMap<>();
        participants.forEach(p -> byId.putIfAbsent(p.id(), p));
        Set<String> quoted = new HashSet<>();
        for (Quote quote : study.quotes()) {
            quote.participant().ifPresent(ref -> {
                if (!byId.containsKey(ref.id())) {
                    diagnostics.error(ref.position(), "quote '" + quote.id() + "' names unknown participant '" + ref.id() + "'"
                            + (participants.isEmpty() ? " (study.yaml has no participants)" : Suggestions.didYouMean(ref.id(), byId.keySet())));
                }
                quoted.add(ref.id());
            });
        }
        for (Participant p : byId.values()) {
            if (!quoted.contains(p.id())) {
                diagnostics.warning(p.position(), "participant '" + p.id() + "' has no quote");
            }
        }
        AttributeSpellings.check(participants, diagnostics);
        Presentation presentation = study.info().presentation();
        for (String name : presentation.quoteAttribution().placeholders()) {
            if (name.equals(QuoteAttribution.CITED_AS)) {
                continue;
            }
            participants.stream().filter(p -> p.attribute(name).isEmpty()).findFirst().ifPresent(p ->
                    diagnostics.error(presentation.quoteAttributionAt(), "quoteAttribution: '{" + name + "}' is "
                            + (participants.stream().anyMatch(q -> q.attribute(name).isPresent())
                            ? "not an attribute of participant '" + p.id() + "'; every participant needs it"
                            : "neither {citedAs} nor an attribute of the participants")));
        }
    }

    /**
     * Outside English a level's plural cannot be guessed: each level needs {name, plural}. An abstract in a second
     * language is in a language other than the article's, and there is one abstract per language.
     */
    private static void languages(Study study, Diagnostics diagnostics) {
        String language = study.info().language();
        boolean english = language.isBlank() || java.util.Locale.forLanguageTag(language).getLanguage().equals("en");
        CodingFrame frame = study.frame();
        for (int i = 0; i < frame.levels().size() && !english; i++) {
            if (frame.levelPlurals().get(i).isEmpty()) {
                diagnostics.warning(frame.levelsAt().get(i), "level '" + frame.levels().get(i) + "' has no plural: in an article"
                        + " in '" + language + "' Weft cannot make one, and counts would print '3 " + frame.levels().get(i)
                        + "'; write {name: " + frame.levels().get(i) + ", plural: ...}");
            }
        }
        Map<String, String> abstracts = new HashMap<>();
        for (ProseSection s : study.sections()) {
            if (s.kind() != ProseSection.Kind.ABSTRACT) {
                if (!s.language().isEmpty()) {
                    diagnostics.error(new SourcePosition(s.path(), 2, 1), "only an abstract can have a language of its own:"
                            + " the article's sections are in the article's language ('" + language + "')");
                }
                continue;
            }
            String lang = s.language().isEmpty() ? language : s.language();
            String first = abstracts.putIfAbsent(lang.toLowerCase(java.util.Locale.ROOT), s.path());
            if (first != null) {
                diagnostics.error(new SourcePosition(s.path(), 2, 1), (s.language().isEmpty() || lang.equalsIgnoreCase(language)
                        ? "a second abstract in the article's language" : "a second abstract in '" + lang + "'")
                        + " (the first is " + first + "): give the other one its language, such as 'language: en'");
            }
        }
        Set<String> translated = new HashSet<>();
        for (StudyInfo.Translation t : study.info().translations()) {
            if (t.language().equalsIgnoreCase(language)) {
                diagnostics.error(t.at(), "translations: '" + t.language() + "' is the article's own language");
            } else if (!translated.add(t.language().toLowerCase(java.util.Locale.ROOT))) {
                diagnostics.error(t.at(), "translations: '" + t.language() + "' is given twice");
            }
        }
    }

    /** Each pattern names only {s} and the counters of its own level and those above; one pattern per heading level. */
    private static void numberFormat(Presentation presentation, Diagnostics diagnostics) {
        List<String> patterns = presentation.numberFormat();
        if (patterns.isEmpty()) {
            return;
        }
        if (presentation.resultsNumbering() == Presentation.Numbering.FLAT) {
            diagnostics.error(presentation.numberFormatAt().get(0), "numberFormat counts each level (1, 1.1, 1.2, 2 ...), "
                    + "but resultsNumbering: flat numbers every heading in one sequence: remove one of them");
        }
        for (int i = 0; i < patterns.size(); i++) {
            int depth = i + 1;
            boolean own = false;
            for (String name : Placeholders.names(patterns.get(i))) {
                if (name.equals(Presentation.SECTION_PLACEHOLDER)) {
                    continue;
                }
                if (!name.matches("[1-9][0-9]?")) {
                    diagnostics.error(presentation.numberFormatAt().get(i), "numberFormat: unknown placeholder '{" + name
                            + "}' (known: {s} for the section's number, " + (depth == 1 ? "{1} for the level's counter)"
                            : "{1} to {" + depth + "} for the counters of the levels)"));
                } else if (Integer.parseInt(name) > depth) {
                    diagnostics.error(presentation.numberFormatAt().get(i), "numberFormat: the pattern of level " + depth
                            + " cannot use '{" + name + "}', the counter of a deeper level");
                } else {
                    own |= Integer.parseInt(name) == depth;
                }
            }
            if (!own) {
                diagnostics.error(presentation.numberFormatAt().get(i), "numberFormat: the pattern of level " + depth
                        + " must contain {" + depth + "}, its own counter, or every heading of the level gets the same number");
            }
        }
        if (patterns.size() < presentation.headingLevels()) {
            diagnostics.error(presentation.numberFormatAt().get(patterns.size() - 1), "numberFormat gives " + patterns.size()
                    + (patterns.size() == 1 ? " pattern" : " patterns") + " but headingLevels is " + presentation.headingLevels()
                    + ": give one pattern per heading level");
        }
    }

    /**
     * The node ids and the quote ids given twice. Also checked in what could be read of a study that could not be read
     * whole (the frame when its file read, the quotes of the files that read): no other file's error explains a
     * duplicate away, so it is reported with that error rather than only once the error is mended.
     */
    public void checkIds(Optional<CodingFrame> frame, List<Quote> quotes, Diagnostics diagnostics) {
        frame.ifPresent(f -> unique(allNodes(f.roots()), CodeNode::id, CodeNode::position, "node", diagnostics));
        unique(quotes, Quote::id, Quote::position, "quote", diagnostics);
    }

    private static List<CodeNode> allNodes(List<CodeNode> roots) {
        List<CodeNode> all = new java.util.ArrayList<>();
        for (CodeNode n : roots) {
            all.add(n);
            all.addAll(allNodes(n.children()));
        }
        return all;
    }

    private static <T> void unique(List<T> items, Function<T, String> id, Function<T, SourcePosition> at,
                                   String what, Diagnostics diagnostics) {
        Map<String, SourcePosition> first = new HashMap<>();
        for (T item : items) {
            SourcePosition previous = first.putIfAbsent(id.apply(item), at.apply(item));
            if (previous != null) {
                diagnostics.error(at.apply(item), "duplicate " + what + " id '" + id.apply(item) + "' (first defined at " + previous + ")");
            }
        }
    }

    /**
     * A quote coded to two nodes, neither within the other, where the frame says its nodes exclude each other
     * ({@code exclusive: true} at {@code declared}): a warning for each such pair, at the code written later.
     */
    private static void exclusive(Quote quote, SourcePosition declared, FrameIndex index, Diagnostics diagnostics) {
        for (List<String> pair : SharedQuotes.pairsOf(quote, index)) {
            List<Ref> codes = quote.codes().stream().filter(c -> pair.contains(c.id())).toList();
            Ref later = codes.stream().filter(c -> !c.id().equals(codes.get(0).id())).findFirst().orElse(codes.get(0));
            diagnostics.warning(later.position(), "quote '" + quote.id() + "' is coded to '" + codes.get(0).id() + "' and to '"
                    + later.id() + "', which the coding frame says exclude each other (exclusive: true at " + declared
                    + "): code it to one of them, or to a node and one within it");
        }
    }

    /** A quote whose source's lines end before they begin ({@code lines: 52-45}): an error at the quote. */
    private static void backwardLines(Quote quote, Diagnostics diagnostics) {
        List<String> ends = quote.source().lineEnds();
        if (ends.size() == 2 && Long.parseLong(ends.get(1)) < Long.parseLong(ends.get(0))) {
            diagnostics.error(quote.position(), "quote '" + quote.id() + "': its source's lines " + quote.source().lines()
                    + " end before they begin: write the first line, then the last (" + ends.get(1) + "\u2013"
                    + ends.get(0) + ")");
        }
    }

    /**
     * An excerpt the article prints is the quote's words, in their order, cut only where it says so: a word typed
     * otherwise, a cut not marked or words moved would put words in a participant's mouth (an error at the first run
     * not in the quote). A run is compared without case and punctuation (an excerpt may begin with a capital).
     */
    private static void excerpt(Quote quote, String text, Excerpt excerpt, String whose, Diagnostics diagnostics) {
        if (!excerpt.hasWords()) {
            diagnostics.error(excerpt.position(), "quote '" + quote.id() + "': " + (whose.isEmpty() ? "its " : whose)
                    + "excerpt has none of the quote's words, only cuts and the author's words in brackets");
            return;
        }
        excerpt.firstNotIn(text).ifPresent(run -> {
            boolean first = excerpt.pieces().stream().filter(Excerpt.Piece::participants).findFirst().orElseThrow() == run;
            diagnostics.error(excerpt.textAt().at(excerpt.text(), run.start() + (run.text().length()
                    - run.text().stripLeading().length())), "quote '" + quote.id() + "': " + (whose.isEmpty() ? "its " : whose)
                    + "excerpt is not the " + (whose.isEmpty() ? "quote's" : "original's") + " words here: '"
                    + run.text().strip() + "' is not in the text" + (first ? "" : " after the words before it")
                    + " (an excerpt gives the quote's words in their order, a cut marked … or […], the author's own words in"
                    + " square brackets)");
        });
    }

    /**
     * A quote that holds an invisible control of the text's direction (an override, embedding or isolate: U+202A to
     * U+202E, U+2066 to U+2069), which reorders how the words after it are shown (text pasted from a forum can carry
     * one; a hostile one can make a quote read otherwise than it is written): a warning at the first. The web page and
     * the evidence show a quotation isolated from the text around it; the marks U+200E and U+200F are not controls of
     * this kind and pass.
     */
    private static void bidiControl(Quote quote, Diagnostics diagnostics) {
        int at = bidiControlIn(quote.text());
        if (at >= 0) {
            diagnostics.warning(quote.textAt().at(quote.text(), at), "quote '" + quote.id() + "' holds " + bidiControl(quote.text(), at));
        }
        quote.reduced().ifPresent(r -> { // the analyst's reduction, which an import may bring from a QDA tool's comment
            int in = bidiControlIn(r.content());
            if (in >= 0) {
                diagnostics.warning(r.positionAt(in), "the reduced expression of quote '" + quote.id() + "' holds "
                        + bidiControl(r.content(), in));
            }
        });
    }

    /**
     * A quote that holds a control character (C0 but a tab or a line end, DEL, C1: a bell, a terminal's escape pasted
     * with a forum post), which no page shows, a terminal may act on and a workbook cannot hold: a warning at the first.
     */
    private static void controlCharacter(Quote quote, Diagnostics diagnostics) {
        String text = quote.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                diagnostics.warning(quote.textAt().at(text, i), "quote '" + quote.id() + "' holds the control character U+"
                        + String.format("%04X", (int) c) + ", which no page shows and a"
                        + " workbook cannot hold; remove it unless the words need it");
                return;
            }
        }
    }

    /** Where {@code text} holds its first control of the direction, or -1. */
    private static int bidiControlIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return i;
            }
        }
        return -1;
    }

    private static String bidiControl(String text, int at) {
        char c = text.charAt(at);
        return "an invisible control of the text's direction, U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                + " (" + Character.getName(c) + "), which reorders how the words after it are shown; remove it unless the"
                + " words need it";
    }
}
