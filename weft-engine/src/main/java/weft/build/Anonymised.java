package weft.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.Affiliation;
import weft.model.Author;
import weft.model.CodeNode;
import weft.model.CodingFrame;
import weft.model.Participant;
import weft.model.ProseSection;
import weft.model.Quote;
import weft.model.Study;
import weft.model.Text;
import weft.read.ProjectFiles;
import weft.render.cite.Bibliography;
import weft.render.cite.SelfCitations;
import weft.words.Words;

/**
 * An anonymised review copy, for journals whose review is double-anonymous: the study without its authors and
 * affiliations (their names, e-mail addresses and ORCIDs go with them: from the title block, the how-to-cite block and
 * its {@code citation_*} tags, the PDF's document information and XMP, the project site's pages), without the
 * acknowledgements and funding sections (and a back section that prints the authors' contributions), with every mention of an author's name or institution in the prose, the
 * narratives, the nodes' descriptions, the quotes' sources (their note, file and recording) and the participants'
 * attributes (an interviewer's name) replaced by a marked placeholder ("[Author]", "[Institution]"), with the
 * authors' own works masked in the references ({@link SelfCitations}), and embedding no input file that still names
 * them. Quotes are the participants' words and are left as they are; their coders (the QDA tool's users, the research
 * team) are named by number ("Coder 1").
 *
 * @param study        the anonymised study
 * @param bibliography its bibliography, the authors' works masked (empty when it could not be read)
 * @param identities   every string that identifies an author (names, family names, e-mail addresses, ORCIDs, institutions)
 * @param leftOut      the prose files left out
 */
record Anonymised(Study study, Optional<Bibliography> bibliography, List<String> identities, Set<String> leftOut) {

    /** Prose sections an anonymised copy leaves out, by id: they thank or name people and funders. */
    private static final Pattern LEFT_OUT = Pattern.compile("acknowledg(e)?ments?|funding", Pattern.CASE_INSENSITIVE);

    /**
     * Whether an anonymised copy leaves the section out: acknowledgements and funding (by id), and a back section that
     * prints the authors' contributions. The title page apart holds them.
     */
    static boolean leavesOut(ProseSection s) {
        return LEFT_OUT.matcher(s.id()).matches()
                || s.kind() == ProseSection.Kind.BACK && s.body().content().contains("{{contributions}}");
    }

    /** The study as it is, for a build that names its authors. */
    static Anonymised not(Study study, Optional<Bibliography> bibliography) {
        return new Anonymised(study, bibliography, List.of(), Set.of());
    }

    static Anonymised of(Study study, Optional<Bibliography> bibliography, Words words, Diagnostics diagnostics) {
        List<Author> authors = study.info().authors();
        Optional<SelfCitations.Masked> masked = bibliography.map(b -> SelfCitations.mask(b, authors,
                words.get("anonymisedAuthor"), words.get("anonymisedReference")));
        Map<String, String> replacements = replacements(authors, study.info().affiliations(), words);
        Replacer markdown = new Replacer(replacements, true, masked.map(SelfCitations.Masked::keys).orElse(Map.of()));
        Replacer plain = new Replacer(replacements, false, Map.of());
        List<ProseSection> sections = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (ProseSection s : study.sections()) {
            if (leavesOut(s)) {
                leftOut.add(s.path());
            } else {
                sections.add(new ProseSection(s.id(), s.title(), s.kind(), s.order(), s.listStyle(), markdown.in(s.body()), s.path(),
                        s.language(), s.privacy(), s.nocite()));
            }
        }
        List<CodeNode> roots = study.frame().roots().stream().map(n -> anonymised(n, markdown, plain)).toList();
        CodingFrame frame = study.frame().withRoots(roots);
        Map<String, Object> values = new LinkedHashMap<>();
        study.values().forEach((k, v) -> {
            if (!k.startsWith("authors.") && !k.startsWith("affiliations.")) {
                values.put(k, v);
            }
        });
        Map<String, String> coders = coders(study.quotes(), words);
        List<Participant> participants = study.info().participants().stream().map(p -> participant(p, plain)).toList();
        Study shown = new Study(study.info().withoutAuthors().withParticipants(participants), frame,
                quotes(study.quotes(), coders, plain), List.copyOf(sections), Map.copyOf(values), study.checklist());
        diagnostics.note(SourcePosition.ofFile(ProjectFiles.STUDY), "an anonymised review copy: " + authors.size() + " author"
                + (authors.size() == 1 ? "" : "s") + " and " + study.info().affiliations().size() + " affiliation"
                + (study.info().affiliations().size() == 1 ? "" : "s") + " left out, " + (markdown.count + plain.count)
                + " mention" + (markdown.count + plain.count == 1 ? "" : "s")
                + " in the prose, narratives, descriptions, sources' notes, reduced expressions and participants' attributes"
                + " replaced"
                + (leftOut.isEmpty() ? "" : "; left out: " + String.join(", ", leftOut))
                + (coders.isEmpty() ? "" : "; " + coders.size() + " coder" + (coders.size() == 1 ? "" : "s") + " named by number"));
        int works = masked.map(m -> m.keys().size()).orElse(0);
        diagnostics.note(SourcePosition.ofFile(bibliography.map(Bibliography::path).orElse(ProjectFiles.STUDY)),
                "the anonymised copy masks " + works + " reference" + (works == 1 ? "" : "s")
                        + " to the authors' own work" + (works == 0 ? "" : ": " + String.join(", ", masked.get().keys().keySet())));
        return new Anonymised(shown, masked.map(SelfCitations.Masked::bibliography), List.copyOf(replacements.keySet()),
                Set.copyOf(leftOut));
    }

    /**
     * The inputs the copy may embed and list: those whose bytes name none of the authors (case ignored); the others are
     * reported in a note.
     */
    List<String> inputs(ProjectFiles files, List<String> all, Diagnostics diagnostics) {
        if (identities.isEmpty() && leftOut.isEmpty()) {
            return all;
        }
        List<String> kept = new ArrayList<>();
        Set<String> dropped = new TreeSet<>();
        for (String path : all) {
            if (leftOut.contains(path) || names(files, path)) {
                dropped.add(path);
            } else {
                kept.add(path);
            }
        }
        if (!dropped.isEmpty()) {
            diagnostics.note(SourcePosition.ofFile(ProjectFiles.STUDY), "the anonymised copy does not embed or list "
                    + String.join(", ", dropped) + ": they name an author or are left out");
        }
        return List.copyOf(kept);
    }

    /**
     * A figure whose file's name names an author (its words, as an anchor is made of them): the copy would publish it
     * under that name (figures/NAME) and make its anchor of it; an SVG figure whose drawing names one (its text, its
     * title; what SVG keeps of the file, see {@link weft.read.SvgFigure}). An error at the file: it is changed, not
     * guessed at.
     */
    void checkFigures(List<weft.model.ImageFile> images, Diagnostics diagnostics) {
        for (weft.model.ImageFile image : images) {
            String name = "-" + weft.prose.ProseRenderer.slug(image.name().substring(image.name().lastIndexOf('/') + 1)
                    .replaceFirst("\\.[A-Za-z]+$", "")) + "-";
            identities.stream().filter(id -> !weft.prose.ProseRenderer.slug(id).equals("section"))
                    .filter(id -> name.contains("-" + weft.prose.ProseRenderer.slug(id) + "-")).findFirst()
                    .ifPresent(id -> diagnostics.error(SourcePosition.ofFile(image.path()), "the anonymised copy would"
                            + " publish this figure as " + image.name() + ", whose name names an author ('" + id
                            + "'): rename the file, and the prose that shows it"));
            if (image.mediaType().equals(weft.read.SvgDrawing.MEDIA_TYPE)) { // a drawing's words are published as text
                String svg = new String(image.bytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                identities.stream().filter(id -> svg.contains(id.toLowerCase(Locale.ROOT))).findFirst()
                        .ifPresent(id -> diagnostics.error(SourcePosition.ofFile(image.path()), "the anonymised copy"
                                + " would publish this figure, whose drawing names an author ('" + id + "') in its text:"
                                + " make a copy of the figure without it for the anonymised build"));
            }
        }
    }

    private boolean names(ProjectFiles files, String path) {
        try {
            String text = new String(Files.readAllBytes(files.root().resolve(path)), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            return identities.stream().anyMatch(id -> text.contains(id.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            return true; // what cannot be read cannot be shown to name no one
        }
    }

    private static CodeNode anonymised(CodeNode n, Replacer markdown, Replacer plain) {
        Optional<Text> narrative = n.narrative().map(markdown::in);
        List<CodeNode> children = n.children().stream().map(c -> anonymised(c, markdown, plain)).toList();
        return new CodeNode(n.id(), n.label(), n.labelReconstructed(), n.labelTruncated(), plain.in(n.description()), narrative,
                children, n.position(), n.incomplete(), n.incompleteAt(), n.recoded(), n.recodedAt(), n.descriptionDraft(),
                n.descriptionDraftAt(), n.privacy(), n.audience(), n.example());
    }

    /**
     * Who coded the quotes (the QDA tool's users: the research team, by name) as "Coder 1", "Coder 2" ... in the order
     * they first appear, for the agreement page and everything else that names a coder.
     */
    private static Map<String, String> coders(List<Quote> quotes, Words words) {
        Map<String, String> coders = new LinkedHashMap<>();
        for (Quote q : quotes) {
            for (Quote.Coding c : q.codings()) {
                if (!c.coder().isBlank() && !coders.containsKey(c.coder())) {
                    coders.put(c.coder(), words.format("anonymisedCoder", Map.of("n", Integer.toString(coders.size() + 1))));
                }
            }
        }
        return coders;
    }

    /**
     * The quotes with their coders named by number, and the researchers' own notes on where each comes from (its
     * source's note, file and recording: "Interviewed by …") anonymised as the prose is, and so are the author's words
     * in brackets in an excerpt and the analyst's reduced expression; the words are the participants'.
     */
    private static List<Quote> quotes(List<Quote> quotes, Map<String, String> coders, Replacer plain) {
        return quotes.stream().map(q -> {
            Quote.Source s = q.source();
            Quote.Source source = new Quote.Source(s.recorded(), plain.in(s.note()), s.kind(), s.thread(), s.message(), s.url(),
                    s.date(), plain.in(s.file()), plain.in(s.recording()), s.time(), s.page(), s.lines(),
                    s.written());
            return new Quote(q.id(), q.text(), q.translatedFrom(), q.original(), q.excerpt().map(e -> e.withAuthorsWords(plain::in)),
                    q.reduced().map(r -> r.withContent(plain.in(r.content()))), q.codes(), q.presented(), q.participant(), source,
                    q.codings().stream().map(c -> new Quote.Coding(c.node(), coders.getOrDefault(c.coder(), c.coder()))).toList(),
                    q.privacy(), q.textAt(), q.audience(), q.textAudience(), q.position());
        }).toList();
    }

    /** A participant whose code and attributes may name the researcher who met them (an interviewer: an author). */
    private static Participant participant(Participant p, Replacer plain) {
        return new Participant(p.id(), plain.in(p.citedAs()), p.kind(), p.attributes().stream()
                .map(a -> new Participant.Attribute(a.name(), plain.in(a.value()))).toList(), p.position(), p.audience(),
                p.written(), p.privacy());
    }

    /** What each identifying string becomes, longest first (a full name before the family name in it). */
    private static Map<String, String> replacements(List<Author> authors, List<Affiliation> affiliations, Words words) {
        String author = words.get("anonymisedAuthor");
        String institution = words.get("anonymisedInstitution");
        Map<String, String> out = new java.util.TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (Author a : authors) {
            for (String s : List.of(a.name(), a.family(), a.email(), a.orcid())) {
                if (s != null && s.strip().length() > 1) {
                    out.put(s.strip(), author);
                }
            }
        }
        for (Affiliation af : affiliations) {
            if (af.name() != null && af.name().strip().length() > 1) {
                out.put(af.name().strip(), institution);
            }
        }
        return out;
    }

    /**
     * Replaces whole-word mentions, counting them; in Markdown the placeholder's brackets are escaped, and the citation
     * keys of the masked works ({@code @smith2020}) become their new keys.
     */
    private static final class Replacer {
        private static final String KEY_END = "(?![\\p{L}\\p{N}_]|[:.#$%&+?<>~/-][\\p{L}\\p{N}_])";
        private final Pattern pattern;
        private final Pattern citations;
        private final Map<String, String> replacements;
        private final Map<String, String> keys;
        private final boolean markdown;
        private int count;

        Replacer(Map<String, String> replacements, boolean markdown, Map<String, String> keys) {
            this.replacements = replacements;
            this.markdown = markdown;
            this.keys = keys;
            this.pattern = replacements.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])("
                    + String.join("|", replacements.keySet().stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
            this.citations = keys.isEmpty() ? null : Pattern.compile("(?<=@)("
                    + String.join("|", keys.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).toList()) + ")" + KEY_END);
        }

        String in(String text) {
            if (text == null || text.isEmpty()) {
                return text;
            }
            String keyed = citations == null ? text : citations.matcher(text).replaceAll(m -> Matcher.quoteReplacement(keys.get(m.group(1))));
            if (pattern == null) {
                return keyed;
            }
            Matcher m = pattern.matcher(keyed);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                count++;
                String word = replacements.get(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(markdown ? "\\[" + word + "\\]" : "[" + word + "]"));
            }
            m.appendTail(out);
            return out.toString();
        }

        Text in(Text text) {
            return text.withContent(in(text.content()));
        }
    }
}
