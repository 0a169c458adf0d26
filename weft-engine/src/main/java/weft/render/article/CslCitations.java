package weft.render.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import weft.cache.BuildCache;
import weft.diagnostics.Diagnostics;
import weft.prose.Directive;
import weft.render.cite.BibEntry;
import weft.render.cite.BibItem;
import weft.render.cite.Bibliography;
import weft.render.cite.CitationCluster;
import weft.render.cite.CitationFormatter;
import weft.render.cite.CiteRef;
import weft.render.cite.FormattedCitations;
import weft.render.cite.ReferenceStatus;
import weft.render.html.Html;

/**
 * Citations formatted with the study's CSL style against its bibliography, once the whole article has been read
 * (numeric styles number in order of first citation). Reports unknown keys at the citation, and at the entry
 * every work never cited and every cited work whose details are unknown, incomplete or unverified.
 */
final class CslCitations implements Citations {

    private final Optional<Bibliography> bibliography;
    private final Optional<CitationFormatter> formatter;
    private final Diagnostics diagnostics;
    private final BuildCache cache;
    private final List<Directive> directives = new ArrayList<>();
    private final List<Element> elements = new ArrayList<>();
    /** The keys listed but not cited (nocite), in the order written, with where each is written. */
    private final java.util.Map<String, weft.diagnostics.SourcePosition> uncited = new java.util.LinkedHashMap<>();

    /**
     * @param bibliography the works, or empty when the file could not be read (already reported)
     * @param formatter    the style, or empty when it is unknown (already reported)
     */
    CslCitations(Optional<Bibliography> bibliography, Optional<CitationFormatter> formatter, Diagnostics diagnostics,
                 BuildCache cache) {
        this.bibliography = bibliography;
        this.formatter = formatter.map(f -> f.cached(cache));
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    @Override
    public BuildCache cache() {
        return cache;
    }

    @Override
    public Element register(Directive directive) {
        Element span = new Element("span").addClass("citation");
        directives.add(directive);
        elements.add(span);
        return span;
    }

    @Override
    public void uncited(String key, weft.diagnostics.SourcePosition at) {
        uncited.putIfAbsent(key, at);
    }

    @Override
    public List<Html> finish() {
        if (bibliography.isEmpty()) {
            // an unreadable bibliography was reported once; its keys are not reported again at every citation
            for (int i = 0; i < directives.size(); i++) {
                asWritten(elements.get(i), directives.get(i));
            }
            return List.of();
        }
        Bibliography bib = bibliography.get();
        List<CitationCluster> clusters = new ArrayList<>();
        List<Element> targets = new ArrayList<>();
        List<Directive> cites = new ArrayList<>();
        Set<String> cited = new HashSet<>();
        for (int i = 0; i < directives.size(); i++) {
            Directive d = directives.get(i);
            boolean inText = d.kind().equals("cite-in-text");
            if (inText && bib.item(d.argument()).isEmpty()) { // no work's key: an address, a forum's @handle
                asWritten(elements.get(i), d);
                continue;
            }
            List<CiteRef> refs = new ArrayList<>();
            for (Directive.CiteItem item : d.items()) {
                cited.add(item.key());
                if (bib.item(item.key()).isPresent()) {
                    refs.add(new CiteRef(item.key(), item.locator(), item.prefix(), item.suppressAuthor()));
                } else {
                    diagnostics.error(d.position(), unknownKey(item.key(), bib));
                }
            }
            if (refs.size() == d.items().size() && formatter.isPresent()) {
                clusters.add(inText ? CitationCluster.authorInText(refs.get(0)) : new CitationCluster(refs));
                targets.add(elements.get(i));
                cites.add(d);
            } else {
                asWritten(elements.get(i), d);
            }
        }
        List<String> listed = new ArrayList<>();
        uncited.forEach((key, at) -> {
            if (key.equals("*")) {
                bib.items().forEach(item -> listed.add(item.key()));
            } else if (bib.item(key).isPresent()) {
                listed.add(key);
            } else {
                diagnostics.error(at, unknownKey(key, bib));
            }
        });
        cited.addAll(listed);
        report(bib, cited);
        if (clusters.isEmpty() && listed.isEmpty() || formatter.isEmpty()) {
            return List.of();
        }
        if (!formatter.get().style().citation().printsLocator()) {
            for (Directive d : cites) {
                d.items().stream().map(Directive.CiteItem::locator).filter(CiteRef::isLocator).findFirst().ifPresent(l ->
                        diagnostics.warning(d.position(), "the citation style '" + formatter.get().style().name()
                                + "' prints no page or other locator in its citations: '" + l.strip() + "' is left out:"
                                + " name it in the sentence, or choose a style that prints it"));
            }
        }
        FormattedCitations formatted = formatter.get().format(bib.cslItems(), clusters,
                listed.stream().distinct().toList());
        String kind = formatter.get().style().numeric() ? "citation-numeric" : "citation-author-date";
        for (int i = 0; i < targets.size(); i++) {
            String html = formatted.inText().get(i);
            int author = html.indexOf(FormattedCitations.AFTER_AUTHOR);
            if (author >= 0) { // the author in the sentence, as text of it; the citation after them
                Element named = new Element("span").addClass("citation-author").html(CslMarkup.citation(html.substring(0, author)));
                targets.get(i).before(named);
                named.after(new org.jsoup.nodes.TextNode(" "));
                html = html.substring(author + 1).stripLeading();
            }
            targets.get(i).addClass(kind).html(CslMarkup.citation(html));
        }
        for (int i : formatted.unseparated()) {
            diagnostics.warning(cites.get(i).position(), "'" + cites.get(i).source() + "': the citation's author cannot be"
                    + " told from the rest of it in this style, so the citation is printed whole: name the author in the"
                    + " sentence and cite in brackets");
        }
        List<Html> references = new ArrayList<>();
        for (BibEntry entry : formatted.bibliography()) {
            references.add(new Html(CslMarkup.compact(CslMarkup.entry(entry.html(), bib.item(entry.key()).orElseThrow()))));
        }
        return List.copyOf(references);
    }

    /** The directive as written, in place of its citation: a key that is no work's, or no bibliography to cite from. */
    private static void asWritten(Element element, Directive d) {
        if (element.parent() != null && d.kind().equals("cite-in-text")) {
            element.replaceWith(new org.jsoup.nodes.TextNode(d.source()));
        } else {
            element.text(d.source());
        }
    }

    private void report(Bibliography bib, Set<String> cited) {
        for (BibItem item : bib.items()) {
            String ref = "reference '" + item.key() + "'";
            String note = item.note().isEmpty() ? "" : ": " + item.note();
            if (!cited.contains(item.key())) {
                diagnostics.warning(item.position(), ref + " is never cited");
            } else if (item.status() == ReferenceStatus.UNKNOWN) {
                diagnostics.warning(item.position(), ref + " is not identified" + (note.isEmpty() ? ": details unknown" : note));
            } else if (item.status() != ReferenceStatus.VERIFIED) {
                diagnostics.warning(item.position(), ref + " is " + item.status().word() + note);
            }
        }
    }

    private static String didYouMean(String key, Bibliography bib) {
        String question = weft.diagnostics.Suggestions.question(key, bib.items().stream().map(BibItem::key).toList());
        return question.isEmpty() ? "" : "; " + question;
    }

    private static String unknownKey(String key, Bibliography bib) {
        String message = "unknown citation key '" + key + "'" + (bib.path().isEmpty()
                ? ": the project has no bibliography (" + String.join(", ", CitationsFactory.FILES) + ")"
                : " (not in " + bib.path() + didYouMean(key, bib) + ")");
        if (bib.path().startsWith(CitationsFactory.RIS)) { // RIS has no keys: say those Weft made
            List<String> keys = bib.items().stream().map(BibItem::key).toList();
            message += "; the keys of its works are their RIS IDs or the first author's family name and the year: "
                    + String.join(", ", keys.subList(0, Math.min(keys.size(), 12))) + (keys.size() > 12 ? ", …" : "");
        }
        if (key.matches("(" + weft.prose.CrossRefLabels.KINDS + ")-.*")) {
            message += "; a cross-reference is written alone (@" + key + ", or [-@" + key + "] for its number, [words @"
                    + key + "] with words of its own before it), not among others in one pair of brackets";
        }
        return message;
    }
}
