package weft.render.article;

import java.util.List;
import weft.render.figure.Scene;
import weft.render.howtocite.HowToCite;
import weft.render.html.Html;

/**
 * What the article template shows, and nothing else: plain values, lists and {@link Html} fragments; and the
 * figure's marks ({@link Scene}), which the journal formats read beside its SVG. The study's {@code title} is in plain
 * words (for the page's title, metadata and citations), {@code titleHtml} as printed (its Markdown's emphasis); so is
 * the short title, the running head (both empty when the study gives none).
 */
public record ArticleView(String lang, String title, Html titleHtml, String shortTitle, Html shortTitleHtml,
                          String articleType, List<AuthorView> authors,
                          List<AffiliationView> affiliations, String journal, String website, String publisher,
                          String volumeLine, String issn, String doi, String doiUrl, List<LabelValue> identifiers,
                          List<LabelValue> dates,
                          List<String> keywords, Html abstractHtml, List<TranslationView> translations,
                          List<SectionView> sections,
                          List<TocEntry> toc, List<NoteView> notes, List<Html> references, String contentNote, HowToCite howToCite,
                          LinkView checklist, String buildNote, List<LinkView> formats) {

    /** The article without the format at {@code href} among its other formats (a build that leaves the file out). */
    public ArticleView withoutFormat(String href) {
        return new ArticleView(lang, title, titleHtml, shortTitle, shortTitleHtml, articleType, authors, affiliations, journal, website, publisher, volumeLine, issn,
                doi, doiUrl, identifiers, dates, keywords, abstractHtml, translations, sections, toc, notes, references, contentNote,
                howToCite, checklist, buildNote, formats.stream().filter(f -> !f.href().equals(href)).toList());
    }

    /**
     * The article as {@code format} prints it (one of {@link weft.prose.ConditionalContent#FORMATS}): the prose's
     * conditional content ({@code ::: {.content-visible when-format="html"}}, in the text or in a note) kept where it is
     * printed in that format, else left out. Without such content, this view.
     */
    public ArticleView forFormat(String format) {
        ArticleView numbered = withSections(sections.stream().map(s -> new SectionView(s.id(), s.number(), s.title(),
                s.titleHtml(), s.body(), s.results(), s.kind(), s.figure() == null ? null : s.figure().in(format),
                s.table() == null ? null : s.table().in(format), s.nodes())).toList())
                .withToc(toc.stream().map(entry -> entry.in(format)).toList());
        ArticleView shown = numbered.withProse(html -> new Html(weft.prose.ConditionalContent.only(html.value(), format)), null);
        if (shown.equals(this)) {
            return this;
        }
        // a link to what this format leaves out (a cross-reference to a numbered callout or a heading, a pointer to a
        // quote in a note it leaves out) is its words
        java.util.Set<String> left = anchors();
        left.removeAll(shown.anchors());
        if (!left.isEmpty()) {
            shown = shown.withProse(html -> unlinked(html, left), null)
                    .withToc(shown.toc().stream().filter(entry -> !left.contains(entry.id())).toList()); // a heading left out
        }
        // a note called only from text this format leaves out is left out with it, and the others numbered anew in
        // their order (their anchors stay as they are)
        java.util.Set<String> gone = calls();
        gone.removeAll(shown.calls());
        if (gone.isEmpty()) {
            return shown;
        }
        java.util.Map<String, String> numbers = new java.util.HashMap<>();
        List<NoteView> kept = new java.util.ArrayList<>();
        for (NoteView n : shown.notes()) {
            if (!gone.contains(n.id())) {
                String number = Integer.toString(kept.size() + 1);
                numbers.put(n.id(), number);
                kept.add(new NoteView(n.id(), number, n.callId(), n.html()));
            }
        }
        ArticleView renumbered = shown.withProse(html -> new Html(CALL_TEXT.matcher(html.value()).replaceAll(m -> java.util.regex.Matcher
                .quoteReplacement(m.group(1) + numbers.getOrDefault(m.group(2), m.group(3)) + m.group(4)))), kept);
        return kept.isEmpty() ? renumbered.withToc(renumbered.toc().stream().filter(e -> !e.id().equals("notes")).toList())
                : renumbered;
    }

    /** This view with {@code sections} as its sections. */
    private ArticleView withSections(List<SectionView> sections) {
        return new ArticleView(lang, title, titleHtml, shortTitle, shortTitleHtml, articleType, authors, affiliations, journal,
                website, publisher, volumeLine, issn, doi, doiUrl, identifiers, dates, keywords, abstractHtml, translations,
                sections, toc, notes, references, contentNote, howToCite, checklist, buildNote, formats);
    }

    /** This view with {@code toc} as its contents. */
    private ArticleView withToc(List<TocEntry> toc) {
        return new ArticleView(lang, title, titleHtml, shortTitle, shortTitleHtml, articleType, authors, affiliations, journal,
                website, publisher, volumeLine, issn, doi, doiUrl, identifiers, dates, keywords, abstractHtml, translations,
                sections, toc, notes, references, contentNote, howToCite, checklist, buildNote, formats);
    }

    /**
     * This view with {@code change} made to its prose (the abstract, the translated abstracts, the sections' texts and
     * narratives) and, where {@code notes} is null, to its notes' texts; else with those notes.
     */
    private ArticleView withProse(java.util.function.Function<Html, Html> change, List<NoteView> notes) {
        java.util.function.Function<Html, Html> apply = html -> html == null ? null : change.apply(html);
        return new ArticleView(lang, title, titleHtml, shortTitle, shortTitleHtml, articleType, authors, affiliations, journal,
                website, publisher, volumeLine, issn, doi, doiUrl, identifiers, dates, keywords, apply.apply(abstractHtml),
                translations.stream().map(t -> new TranslationView(t.lang(), t.title(), t.titleHtml(), t.abstractHeading(),
                        apply.apply(t.abstractHtml()), t.keywordsLabel(), t.keywords())).toList(),
                sections.stream().map(s -> new SectionView(s.id(), s.number(), s.title(), s.titleHtml(), apply.apply(s.body()),
                        s.results(), s.kind(), s.figure(), s.table(), nodes(s.nodes(), apply))).toList(),
                toc, notes != null ? notes : this.notes.stream().map(n -> new NoteView(n.id(), n.number(), n.callId(),
                        apply.apply(n.html()))).toList(),
                references, contentNote, howToCite, checklist, buildNote, formats);
    }

    /**
     * The prose of this view where {@code other} (the same article for another format) differs from it: the abstract,
     * and the sections' texts and narratives, as HTML; none where the two are one view.
     */
    public String proseNotIn(ArticleView other) {
        if (other == this) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        if (abstractHtml != null && !abstractHtml.equals(other.abstractHtml())) {
            out.append(abstractHtml.value());
        }
        for (int i = 0; i < sections.size(); i++) {
            if (!sections.get(i).equals(other.sections().get(i))) {
                Html body = sections.get(i).body();
                out.append(body == null ? "" : body.value());
                narratives(sections.get(i).nodes(), out);
            }
        }
        return out.toString();
    }

    private static void narratives(List<NodeView> nodes, StringBuilder out) {
        for (NodeView n : nodes) {
            out.append(n.narrative() == null ? "" : n.narrative().value());
            narratives(n.children(), out);
        }
    }

    /** The anchors of the prose's elements: its abstracts, sections' texts, narratives and notes. */
    private java.util.Set<String> anchors() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        withProse(html -> {
            if (html.value().contains(" id=")) {
                org.jsoup.Jsoup.parseBodyFragment(html.value()).select("[id]").forEach(e -> ids.add(e.id()));
            }
            return html;
        }, null);
        return ids;
    }

    /**
     * {@code html} with its links to {@code anchors} (a cross-reference, a node's pointer to its quote's place) as their
     * words alone.
     */
    private static Html unlinked(Html html, java.util.Set<String> anchors) {
        if (!html.value().contains("href=\"#")) {
            return html;
        }
        org.jsoup.nodes.Document doc = weft.prose.ConditionalContent.fragment(html.value());
        List<org.jsoup.nodes.Element> links = doc.select("a[href^=#]").stream()
                .filter(a -> anchors.contains(a.attr("href").substring(1))).toList();
        if (links.isEmpty()) {
            return html;
        }
        links.forEach(org.jsoup.nodes.Element::unwrap);
        return new Html(doc.body().html());
    }

    /** The anchors of the notes that the sections' text, the translated abstracts and the abstract call. */
    private java.util.Set<String> calls() {
        java.util.Set<String> calls = new java.util.LinkedHashSet<>();
        sections.forEach(s -> calls.addAll(s.noteCalls()));
        translations.forEach(t -> SectionView.noteCalls(t.abstractHtml(), calls));
        SectionView.noteCalls(abstractHtml, calls);
        return calls;
    }

    private static List<NodeView> nodes(List<NodeView> nodes, java.util.function.Function<Html, Html> only) {
        return nodes.stream().map(n -> new NodeView(n.id(), n.anchor(), n.number(), n.label(), n.levelName(), n.heading(),
                n.headingLevel(), n.reconstructed(), n.evidenceHref(), only.apply(n.narrative()),
                n.moreQuotes().stream().map(only).filter(h -> !h.value().isEmpty()).toList(),
                n.incompleteNote(), java.util.Optional.ofNullable(only.apply(n.pointer())).filter(h -> !h.value().isEmpty())
                        .orElse(null), nodes(n.children(), only))).toList();
    }

    /**
     * The title page apart: the title block with the back sections whose anchors are {@code sections} (those an
     * anonymised copy leaves out), without the abstract, the other sections, the references or the formats.
     */
    public ArticleView titlePage(java.util.Set<String> sections) {
        List<SectionView> kept = this.sections.stream().filter(s -> sections.contains(s.id())).toList();
        return new ArticleView(lang, title, titleHtml, shortTitle, shortTitleHtml, articleType, authors, affiliations, journal,
                website, publisher, volumeLine, issn, doi, doiUrl, identifiers, dates, keywords, null, List.of(),
                kept, List.of(), notes.stream().filter(n -> kept.stream().anyMatch(s -> s.noteCalls().contains(n.id()))).toList(),
                List.of(), "",
                howToCite, null, buildNote, List.of());
    }

    /**
     * A note: its anchor ({@code fn-3}), its number as printed, the anchor of its first call ({@code fnref-3}) and its
     * text (paragraphs).
     */
    public record NoteView(String id, String number, String callId, Html html) {
    }

    /** A link of the article's own pages: the filled reporting checklist (null when the study has none). */
    public record LinkView(String href, String label) {
    }

    /**
     * The title (plain, and as printed: empty when not given), abstract (null when not given) and keywords in another
     * language, with the headings in that language.
     */
    public record TranslationView(String lang, String title, Html titleHtml, String abstractHeading, Html abstractHtml, String keywordsLabel,
                                  List<String> keywords) {
    }

    public record AuthorView(String name, List<String> marks, boolean corresponding) {
    }

    public record AffiliationView(String mark, String name, String country) {
    }

    public record LabelValue(String label, String value) {
    }

    /** An entry of the contents; {@code numbers} each format's number where conditional content makes them differ. */
    public record TocEntry(int level, String number, String title, String id, java.util.Map<String, String> numbers) {
        public TocEntry {
            numbers = java.util.Map.copyOf(numbers);
        }

        public TocEntry(int level, String number, String title, String id) {
            this(level, number, title, id, java.util.Map.of());
        }

        /** The entry as {@code format} numbers it. */
        TocEntry in(String format) {
            return numbers.isEmpty() ? this : new TocEntry(level, numbers.getOrDefault(format, number), title, id);
        }
    }

    /**
     * A numbered section; for the results section also the coding frame's figure, table and tree. {@code title} is the
     * title in plain words, {@code titleHtml} as printed (with the emphasis its Markdown gives it); {@code kind} is the
     * front matter's: {@code section}, {@code results}, {@code back} (back matter, without a number, before the
     * references) or {@code appendix} (lettered, after the references).
     */
    /** A note's call with the number it shows: the link's start, the note's anchor, the number, the link's end. */
    private static final java.util.regex.Pattern CALL_TEXT = java.util.regex.Pattern.compile(
            "(href=\"#(fn-\\d+)\" id=\"fnref-\\d+(?:-\\d+)?\" role=\"doc-noteref\">)(\\d+)(</a>)");

    /** A note's call as the article's HTML writes it: its link to the note's anchor. */
    private static final java.util.regex.Pattern NOTE_CALL = java.util.regex.Pattern.compile(
            "href=\"#(fn-\\d+)\" id=\"fnref-\\d+(?:-\\d+)?\" role=\"doc-noteref\"");

    public record SectionView(String id, String number, String title, Html titleHtml, Html body, boolean results,
                              String kind, FigureView figure, TableView table, List<NodeView> nodes) {

        /** The anchors of the notes the section's text calls (its body, or a narrative of its results), in order. */
        public java.util.Set<String> noteCalls() {
            java.util.Set<String> calls = new java.util.LinkedHashSet<>();
            noteCalls(body, calls);
            noteCalls(nodes, calls);
            return calls;
        }

        private static void noteCalls(List<NodeView> nodes, java.util.Set<String> calls) {
            for (NodeView n : nodes) {
                if (n.narrative() != null) {
                    noteCalls(n.narrative(), calls);
                }
                noteCalls(n.children(), calls);
            }
        }

        private static void noteCalls(Html html, java.util.Set<String> calls) {
            if (html == null) {
                return;
            }
            java.util.regex.Matcher m = NOTE_CALL.matcher(html.value());
            while (m.find()) {
                calls.add(m.group(1));
            }
        }
    }

    /**
     * A numbered figure: its id (the cross-reference label), number, caption and inline SVG; and the same for print,
     * in {@code pages}: the SVG itself when it fits a page, else its parts, each of which does. {@code scene} and
     * {@code pageScenes} are the same drawings as marks, which the Word document paints as pictures.
     */
    public record FigureView(String id, String number, String caption, Html svg, List<Html> pages, Scene scene,
                             List<Scene> pageScenes, java.util.Map<String, String> numbers,
                             java.util.Map<String, String> captions) {

        public FigureView {
            pages = List.copyOf(pages);
            pageScenes = List.copyOf(pageScenes);
            numbers = java.util.Map.copyOf(numbers);
            captions = java.util.Map.copyOf(captions);
            if (pages.size() != pageScenes.size()) {
                throw new IllegalArgumentException("a figure's pages and their scenes differ in number");
            }
        }

        /**
         * The figure of {@code scene}, printed as {@code pageScenes}; {@code numbers} and {@code captions}: each format's
         * own, where conditional content numbers the figure (or the table its caption names) apart in some formats.
         */
        public static FigureView of(String id, String number, String caption, Scene scene, List<Scene> pageScenes,
                                    java.util.Map<String, String> numbers, java.util.Map<String, String> captions) {
            Html svg = new Html(scene.svg());
            return new FigureView(id, number, caption, svg,
                    pageScenes.stream().map(page -> page == scene ? svg : new Html(page.svg())).toList(), scene, pageScenes,
                    numbers, captions);
        }

        /** The figure as {@code format} numbers it. */
        FigureView in(String format) {
            return numbers.isEmpty() && captions.isEmpty() ? this : new FigureView(id, numbers.getOrDefault(format, number),
                    captions.getOrDefault(format, caption), svg, pages, scene, pageScenes, java.util.Map.of(), java.util.Map.of());
        }
    }

    /** A node of the results tree: a numbered heading, or a run-in paragraph below the heading levels. */
    public record NodeView(String id, String anchor, String number, String label, String levelName,
                           boolean heading, int headingLevel, boolean reconstructed, String evidenceHref,
                           Html narrative, List<Html> moreQuotes, String incompleteNote, Html pointer,
                           List<NodeView> children) {
    }

    /**
     * The coding frame's table; {@code numberHeading} heads the numbers' column ("Section", or "Number" for a
     * numberFormat); {@code participantsHeading} heads the column of participants, empty where the study declares none
     * (and the table has no such column); {@code totalParticipants} counts those with a quote anywhere.
     */
    public record TableView(String id, String number, String caption, String numberHeading, List<String> levelNames,
                            List<RowView> rows, int totalQuotes, String participantsHeading, int totalParticipants,
                            java.util.Map<String, String> numbers) {

        public TableView {
            numbers = java.util.Map.copyOf(numbers);
        }

        /** The table as {@code format} numbers it ({@code numbers}: each format's own, where they differ). */
        TableView in(String format) {
            return numbers.isEmpty() ? this : new TableView(id, numbers.getOrDefault(format, number), caption, numberHeading,
                    levelNames, rows, totalQuotes, participantsHeading, totalParticipants, java.util.Map.of());
        }
    }

    /** A node's row; {@code participants}: how many participants (and groups) its quotes and those below it come from. */
    public record RowView(String number, String label, String anchor, String evidenceHref, int depth, String level,
                          int direct, int total, int participants) {
    }
}
