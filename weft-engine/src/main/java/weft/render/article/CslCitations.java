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
    private final List<java.util.Map.Entry<String, weft.diagnostics.SourcePosition>> mentions = new ArrayList<>();

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
    public void mention(String key, weft.diagnostics.SourcePosition at) {
        mentions.add(java.util.Map.entry(key, at));
    }

    @Override
    public List<Html> finish() {
        if (bibliography.isEmpty()) {
            // an unreadable bibliography was reported once; its keys are not reported again at every citation
            for (int i = 0; i < directives.size(); i++) {
                elements.get(i).text(directives.get(i).source());
            }
            return List.of();
        }
        Bibliography bib = bibliography.get();
        for (var mention : mentions) { // @key outside brackets: printed as written, and meant as a citation
            if (bib.item(mention.getKey()).isPresent()) {
                diagnostics.warning(mention.getValue(), "'@" + mention.getKey() + "' is printed as written: Weft cites in"
                        + " brackets, [@" + mention.getKey() + "] (Pandoc's citation with the author in the text is not"
                        + " supported: name the authors in the sentence and cite them in brackets)");
            }
        }
        List<CitationCluster> clusters = new ArrayList<>();
        List<Element> targets = new ArrayList<>();
        for (int i = 0; i < directives.size(); i++) {
            Directive d = directives.get(i);
            List<CiteRef> refs = new ArrayList<>();
            for (Directive.CiteItem item : d.items()) {
                if (bib.item(item.key()).isPresent()) {
                    if (item.suppressAuthor()) {
                        diagnostics.warning(d.position(), "'-@" + item.key() + "': citeproc-java does not suppress authors,"
                                + " the citation names the author");
                    }
                    refs.add(new CiteRef(item.key(), item.locator(), item.prefix(), item.suppressAuthor()));
                } else {
                    diagnostics.error(d.position(), unknownKey(item.key(), bib));
                }
            }
            if (refs.size() == d.items().size() && formatter.isPresent()) {
                clusters.add(new CitationCluster(refs));
                targets.add(elements.get(i));
            } else {
                elements.get(i).text(d.source());
            }
        }
        Set<String> cited = new HashSet<>();
        directives.forEach(d -> d.items().forEach(item -> cited.add(item.key())));
        report(bib, cited);
        if (clusters.isEmpty()) {
            return List.of();
        }
        FormattedCitations formatted = formatter.get().format(bib.cslItems(), clusters);
        String kind = formatter.get().style().numeric() ? "citation-numeric" : "citation-author-date";
        for (int i = 0; i < targets.size(); i++) {
            targets.get(i).addClass(kind).html(CslMarkup.citation(formatted.inText().get(i)));
        }
        List<Html> references = new ArrayList<>();
        for (BibEntry entry : formatted.bibliography()) {
            references.add(new Html(CslMarkup.compact(CslMarkup.entry(entry.html(), bib.item(entry.key()).orElseThrow()))));
        }
        return List.copyOf(references);
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

    private static String unknownKey(String key, Bibliography bib) {
        String message = "unknown citation key '" + key + "'" + (bib.path().isEmpty()
                ? ": the project has no bibliography (" + String.join(", ", CitationsFactory.FILES) + ")"
                : " (not in " + bib.path() + ")");
        if (bib.path().endsWith(".ris")) { // RIS has no keys: say those Weft made
            List<String> keys = bib.items().stream().map(BibItem::key).toList();
            message += "; the keys of its works are their RIS IDs or the first author's family name and the year: "
                    + String.join(", ", keys.subList(0, Math.min(keys.size(), 12))) + (keys.size() > 12 ? ", …" : "");
        }
        if (key.matches("(sec|fig|tab)-.*")) {
            message += "; a cross-reference is written without brackets: @" + key;
        }
        return message;
    }
}
