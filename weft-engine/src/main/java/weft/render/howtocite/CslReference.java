package weft.render.howtocite;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import weft.cache.BuildCache;
import weft.render.cite.BibEntry;
import weft.render.cite.CitationCluster;
import weft.render.cite.CitationFormatter;
import weft.render.cite.CslStyle;

/**
 * The article's own entry in a reference list of the study's CSL style, formatted by the citation formatter that
 * formats the article's references (citeproc-java). A numeric style's list number is left out: the entry stands alone.
 *
 * @param styleTitle the style's title as its CSL file gives it
 * @param html       the entry, sanitised markup
 */
record CslReference(String styleTitle, String html) {

    static final String ITEM_ID = "this-article";

    /** Empty when the style or the locale is not available; the article's citations report that already. */
    static Optional<CslReference> format(CitableArticle a, String styleName, BuildCache cache) {
        Optional<CslStyle> style = CslStyle.load(styleName);
        Optional<CitationFormatter> formatter = style.flatMap(s -> CitationFormatter.of(s, a.language())).map(f -> f.cached(cache));
        if (formatter.isEmpty()) {
            return Optional.empty();
        }
        List<BibEntry> entries = formatter.get().format(Map.of(ITEM_ID, item(a)),
                List.of(CitationCluster.keys(ITEM_ID))).bibliography();
        if (entries.size() != 1) {
            return Optional.empty();
        }
        Document entry = Jsoup.parseBodyFragment(entries.get(0).html());
        Element body = entry.selectFirst(".csl-right-inline");
        String html = (body != null ? body : entry.body().child(0)).html().strip();
        String safe = Jsoup.clean(html, Safelist.basic().addAttributes("span", "style"));
        return Optional.of(new CslReference(title(style.get()), safe));
    }

    static CSLItemData item(CitableArticle a) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(ITEM_ID).type(CSLType.ARTICLE_JOURNAL).title(a.title())
                .author(a.authors().stream().map(CslReference::name).toArray(CSLName[]::new));
        if (!a.shortTitle().isEmpty()) {
            b.titleShort(a.shortTitle());
        }
        if (!a.journal().isEmpty()) {
            b.containerTitle(a.journal());
        }
        if (!a.publisher().isEmpty()) {
            b.publisher(a.publisher());
        }
        if (!a.volume().isEmpty()) {
            b.volume(a.volume());
        }
        if (!a.issue().isEmpty()) {
            b.issue(a.issue());
        }
        if (!a.pages().isEmpty()) {
            b.page(a.pages());
        } else if (!a.articleNumber().isEmpty()) {
            b.page(a.articleNumber()); // an e-locator stands where the pages would (Vancouver: 2025;12(3):e20251409)
        }
        if (!a.articleNumber().isEmpty()) {
            b.number(a.articleNumber());
        }
        if (!a.pmid().isEmpty()) {
            b.PMID(a.pmid());
        }
        if (!a.pmcid().isEmpty()) {
            b.PMCID(a.pmcid());
        }
        if (a.year() != null) {
            b.issued(new CSLDateBuilder().dateParts(a.year()).build());
        }
        if (!a.doi().isEmpty()) {
            b.DOI(a.doi());
        }
        String issn = a.issnOnline().isEmpty() ? a.issnPrint() : a.issnOnline();
        if (!issn.isEmpty()) {
            b.ISSN(issn);
        }
        return b.build();
    }

    private static CSLName name(CitableArticle.Person p) {
        return p.hasParts() ? new CSLNameBuilder().given(p.given()).family(p.family()).build()
                : new CSLNameBuilder().literal(p.name()).build();
    }

    private static String title(CslStyle style) {
        Element title = Jsoup.parse(style.xml(), "", Parser.xmlParser()).selectFirst("info > title");
        return title == null ? style.resolvedName() : title.text();
    }
}
