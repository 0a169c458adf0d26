package weft.render.howtocite;

import java.util.ArrayList;
import java.util.List;

/**
 * The Highwire Press {@code citation_*} meta tags that Google Scholar and other scholarly indexers read, in the
 * order their documentation lists them. Each author is followed by their institutions.
 */
final class HighwireTags {

    static List<MetaTag> of(CitableArticle a, String pdfHref) {
        List<MetaTag> tags = new ArrayList<>();
        add(tags, "citation_title", a.title());
        for (CitableArticle.Person p : a.authors()) {
            add(tags, "citation_author", p.hasParts() && !p.given().isEmpty() ? p.family() + ", " + p.given() : p.name());
            p.affiliations().forEach(i -> add(tags, "citation_author_institution", i));
        }
        add(tags, "citation_publication_date", a.published().isEmpty()
                ? (a.year() == null ? "" : a.year().toString()) : a.published().replace('-', '/'));
        add(tags, "citation_journal_title", a.journal());
        add(tags, "citation_publisher", a.publisher());
        add(tags, "citation_issn", a.issnPrint());
        add(tags, "citation_issn", a.issnOnline());
        add(tags, "citation_volume", a.volume());
        add(tags, "citation_issue", a.issue());
        add(tags, "citation_firstpage", a.firstPage());
        add(tags, "citation_lastpage", a.lastPage());
        add(tags, "citation_doi", a.doi());
        add(tags, "citation_language", a.language());
        add(tags, "citation_keywords", String.join("; ", a.keywords()));
        add(tags, "citation_pmid", a.pmid());
        add(tags, "citation_pdf_url", pdfHref);
        return List.copyOf(tags);
    }

    private static void add(List<MetaTag> tags, String name, String content) {
        if (content != null && !content.isEmpty()) {
            tags.add(new MetaTag(name, content));
        }
    }

    private HighwireTags() {
    }
}
