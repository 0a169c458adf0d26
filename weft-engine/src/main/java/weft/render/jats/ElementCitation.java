package weft.render.jats;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import weft.render.cite.BibItem;
import weft.render.cite.ReferenceStatus;

/**
 * A work of the bibliography as JATS's {@code element-citation}: each detail the bibliography gives in its element,
 * none that it does not (an unknown detail stays absent, as in the reference list).
 */
final class ElementCitation {

    /**
     * The work as an element-citation. A work the study could not identify has only its entry's own words, as a
     * comment (its "title" says that the details are unknown: it is no title); an unverified or incomplete one says so
     * in a comment after its details.
     */
    static void write(XmlOut xml, BibItem entry) {
        CSLItemData item = entry.data();
        if (entry.status() == ReferenceStatus.UNKNOWN) {
            xml.block("element-citation", "publication-type", "other");
            xml.leaf("comment", String.join(" ", nonEmpty(clean(item.getTitle()), entry.note())));
            xml.end();
            return;
        }
        xml.block("element-citation", "publication-type", publicationType(item.getType()));
        names(xml, "author", item.getAuthor());
        names(xml, "editor", item.getEditor());
        boolean partOf = item.getContainerTitle() != null && !item.getContainerTitle().isBlank();
        if (partOf) {
            rich(xml, item.getType() == CSLType.CHAPTER ? "chapter-title" : "article-title", item.getTitle());
            rich(xml, "source", item.getContainerTitle());
        } else {
            rich(xml, "source", item.getTitle());
        }
        date(xml, item.getIssued());
        xml.leaf("edition", clean(item.getEdition()));
        xml.leaf("volume", clean(item.getVolume()));
        xml.leaf("issue", clean(item.getIssue()));
        String page = clean(item.getPage());
        if (page != null && page.matches("[^-–]+[-–][^-–]+")) {
            String[] range = page.split("[-–]");
            xml.leaf("fpage", range[0].strip()).leaf("lpage", range[1].strip());
        } else {
            xml.leaf("fpage", page);
        }
        xml.leaf("publisher-loc", clean(item.getPublisherPlace()));
        xml.leaf("publisher-name", clean(item.getPublisher()));
        xml.leaf("pub-id", clean(item.getDOI()), "pub-id-type", "doi");
        xml.leaf("pub-id", clean(item.getPMID()), "pub-id-type", "pmid");
        xml.leaf("isbn", clean(item.getISBN()));
        String url = clean(item.getURL());
        xml.leaf("ext-link", url, "ext-link-type", "uri", "xlink:href", url);
        if (entry.status() != ReferenceStatus.VERIFIED) {
            xml.leaf("comment", String.join(" ", nonEmpty(status(entry.status()), entry.note())));
        }
        xml.end();
    }

    /**
     * A title as an element holding its text, and its rich text (a CSL JSON title's {@code <i>}, as Zotero exports it)
     * as JATS's own formatting: {@code <italic>}, {@code <bold>}, {@code <sup>}, {@code <sub>}, {@code <sc>}. Nothing
     * when the title is absent or blank.
     */
    private static void rich(XmlOut xml, String name, String title) {
        if (clean(title) == null) {
            return;
        }
        xml.block(name);
        weft.render.cite.RichText.walk(title.strip(), new weft.render.cite.RichText.Sink() {
            @Override
            public void text(String text) {
                xml.text(text);
            }

            @Override
            public void open(weft.render.cite.RichText.Style style) {
                xml.inline(switch (style) {
                    case ITALIC -> "italic";
                    case BOLD -> "bold";
                    case SUPERSCRIPT -> "sup";
                    case SUBSCRIPT -> "sub";
                    case SMALL_CAPS -> "sc";
                });
            }

            @Override
            public void close(weft.render.cite.RichText.Style style) {
                xml.end();
            }
        });
        xml.end();
    }

    private static String status(ReferenceStatus status) {
        return status == ReferenceStatus.INCOMPLETE ? "Incomplete." : "Unverified.";
    }

    private static java.util.List<String> nonEmpty(String... texts) {
        return java.util.Arrays.stream(texts).filter(t -> t != null && !t.isBlank()).toList();
    }

    private static void names(XmlOut xml, String role, CSLName[] names) {
        if (names == null || names.length == 0) {
            return;
        }
        xml.block("person-group", "person-group-type", role);
        for (CSLName n : names) {
            if (n.getFamily() != null && !n.getFamily().isBlank()) {
                xml.block("name").leaf("surname", n.getFamily().strip()).leaf("given-names", clean(n.getGiven())).end();
            } else if (n.getLiteral() != null && !n.getLiteral().isBlank()) {
                xml.leaf("collab", n.getLiteral().strip());
            }
        }
        xml.end();
    }

    private static void date(XmlOut xml, CSLDate date) {
        if (date == null || date.getDateParts() == null || date.getDateParts().length == 0) {
            if (date != null && date.getLiteral() != null && !date.getLiteral().isBlank()) {
                xml.leaf("string-date", date.getLiteral().strip());
            }
            return;
        }
        int[] parts = date.getDateParts()[0];
        if (parts.length > 0) {
            xml.leaf("year", Integer.toString(parts[0]));
        }
        if (parts.length > 1) {
            xml.leaf("month", String.format(java.util.Locale.ROOT, "%02d", parts[1]));
        }
        if (parts.length > 2) {
            xml.leaf("day", String.format(java.util.Locale.ROOT, "%02d", parts[2]));
        }
    }

    private static String publicationType(CSLType type) {
        if (type == null) {
            return "other";
        }
        return switch (type) {
            case ARTICLE_JOURNAL, ARTICLE_MAGAZINE, ARTICLE_NEWSPAPER, REVIEW -> "journal";
            case BOOK, CHAPTER -> "book";
            case PAPER_CONFERENCE -> "confproc";
            case REPORT -> "report";
            case THESIS -> "thesis";
            case WEBPAGE, POST, POST_WEBLOG -> "webpage";
            case DATASET -> "data";
            case LEGISLATION, LEGAL_CASE -> "other";
            default -> "other";
        };
    }

    /**
     * A value of the bibliography as citeproc-java holds it (BibTeX's markup already read); null when it is absent or
     * blank.
     */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = weft.render.cite.RichText.plain(value).strip(); // a title's <i> is no text of it
        return text.isEmpty() ? null : text;
    }

    private ElementCitation() {
    }
}
