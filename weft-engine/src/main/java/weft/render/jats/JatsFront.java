package weft.render.jats;

import java.util.ArrayList;
import java.util.List;
import weft.model.Affiliation;
import weft.model.Author;
import weft.model.CreditRole;
import weft.model.Publication;
import weft.model.StudyInfo;
import weft.render.manuscript.Block;
import weft.render.manuscript.Manuscript;
import weft.words.Words;

/**
 * The front matter: journal-meta and article-meta from study.yaml, in the order the tag set prescribes. What the study
 * does not give is left out; the JATS4R recommendations are followed for ORCIDs (full URLs), dates (iso-8601-date
 * attribute and parts) and keywords (kwd-group-type).
 */
final class JatsFront {

    private final XmlOut xml;
    private final Words words;
    private final JatsBlocks blocks;

    JatsFront(XmlOut xml, Words words, JatsBlocks blocks) {
        this.xml = xml;
        this.words = words;
        this.blocks = blocks;
    }

    void write(StudyInfo info, Manuscript manuscript) {
        Publication pub = info.publication();
        xml.block("front");
        journalMeta(pub);
        xml.block("article-meta");
        xml.leaf("article-id", pub.doi(), "pub-id-type", "doi");
        xml.leaf("article-id", pub.pmid(), "pub-id-type", "pmid");
        xml.leaf("article-id", pub.pmcid(), "pub-id-type", "pmcid");
        if (!info.articleType().isEmpty()) {
            xml.block("article-categories").block("subj-group", "subj-group-type", "heading")
                    .leaf("subject", info.articleType()).end().end();
        }
        xml.block("title-group").block("article-title");
        blocks.inlines(manuscript.title()); // its Markdown's emphasis: <italic>, <bold>, <sub> …
        xml.end();
        for (Manuscript.Translation t : manuscript.translations()) {
            if (!t.title().isEmpty()) {
                xml.block("trans-title-group", "xml:lang", t.lang()).block("trans-title");
                blocks.inlines(t.title());
                xml.end().end();
            }
        }
        if (!manuscript.shortTitle().isEmpty()) {
            xml.block("alt-title", "alt-title-type", "running-head");
            blocks.inlines(manuscript.shortTitle());
            xml.end();
        }
        xml.end();
        contributors(info);
        dates(pub);
        xml.leaf("volume", pub.volume()).leaf("issue", pub.issue());
        if (!pub.firstPage().isEmpty()) {
            xml.leaf("fpage", pub.firstPage()).leaf("lpage", pub.lastPage());
        } else {
            xml.leaf("elocation-id", pub.articleNumber());
        }
        history(pub);
        abstracts(info, manuscript);
        xml.end();
        xml.end();
    }

    private void journalMeta(Publication pub) {
        String issn = pub.issnOnline().isEmpty() ? pub.issnPrint() : pub.issnOnline();
        xml.block("journal-meta");
        xml.leaf("journal-id", issn, "journal-id-type", "issn");
        if (!pub.journal().isEmpty()) {
            xml.block("journal-title-group").leaf("journal-title", pub.journal()).end();
        }
        xml.leaf("issn", pub.issnPrint(), "publication-format", "print");
        xml.leaf("issn", pub.issnOnline(), "publication-format", "electronic");
        if (!pub.publisher().isEmpty()) {
            xml.block("publisher").leaf("publisher-name", pub.publisher()).end();
        }
        xml.leaf("self-uri", pub.website(), "xlink:href", pub.website().isEmpty() ? null : pub.website());
        xml.end();
    }

    private void contributors(StudyInfo info) {
        if (!info.authors().isEmpty()) {
            xml.block("contrib-group");
            for (Author a : info.authors()) {
                xml.block("contrib", "contrib-type", "author", "corresp", a.corresponding() ? "yes" : null);
                if (!a.orcid().isEmpty()) {
                    String orcid = a.orcid().startsWith("http") ? a.orcid() : "https://orcid.org/" + a.orcid();
                    xml.leaf("contrib-id", orcid, "contrib-id-type", "orcid");
                }
                if (!a.family().isEmpty()) {
                    xml.block("name", "name-style", "western").leaf("surname", a.family())
                            .leaf("given-names", a.given()).end();
                } else {
                    xml.leaf("string-name", a.name());
                }
                xml.leaf("email", a.email());
                for (weft.model.Contribution c : a.roles()) { // JATS4R's recommendation for CRediT
                    CreditRole role = c.role();
                    xml.block("role", "vocab", "credit", "vocab-identifier", CreditRole.VOCABULARY,
                            "vocab-term", role.term(), "vocab-term-identifier", role.uri(),
                            "degree-contribution", c.degree().isEmpty() ? null : c.degree())
                            .text(words.get("creditRole." + role.id())).end();
                }
                for (var ref : a.affiliations()) {
                    xml.block("xref", "ref-type", "aff", "rid", affId(ref.id())).text(mark(info, ref.id())).end();
                }
                xml.end();
            }
            xml.end();
        }
        for (Affiliation af : info.affiliations()) {
            xml.block("aff", "id", affId(af.id()));
            xml.leaf("label", mark(info, af.id()));
            xml.leaf("institution", af.name());
            xml.leaf("country", af.country());
            xml.end();
        }
    }

    /** The affiliation's number as the article prints it: its place in the list. */
    private static String mark(StudyInfo info, String id) {
        for (int i = 0; i < info.affiliations().size(); i++) {
            if (info.affiliations().get(i).id().equals(id)) {
                return Integer.toString(i + 1);
            }
        }
        return "";
    }

    private static String affId(String id) {
        return JatsBlocks.xmlId("aff-" + id);
    }

    private void dates(Publication pub) {
        String published = !pub.published().isEmpty() ? pub.published() : pub.year() == null ? "" : pub.year().toString();
        if (published.isEmpty()) {
            xml.empty("pub-date-not-available");
            return;
        }
        date("pub-date", published, "publication-format", "electronic", "date-type", "pub");
    }

    private void history(Publication pub) {
        if (pub.received().isEmpty() && pub.accepted().isEmpty()) {
            return;
        }
        xml.block("history");
        if (!pub.received().isEmpty()) {
            date("date", pub.received(), "date-type", "received");
        }
        if (!pub.accepted().isEmpty()) {
            date("date", pub.accepted(), "date-type", "accepted");
        }
        xml.end();
    }

    /** A date of YYYY, YYYY-MM or YYYY-MM-DD: the parts that are known, day before month before year. */
    private void date(String element, String value, String... attributes) {
        List<String> all = new ArrayList<>(List.of(attributes));
        all.add("iso-8601-date");
        all.add(value);
        xml.block(element, all.toArray(String[]::new));
        String[] parts = value.split("-");
        if (parts.length > 2) {
            xml.leaf("day", parts[2]);
        }
        if (parts.length > 1) {
            xml.leaf("month", parts[1]);
        }
        xml.leaf("year", parts[0]);
        xml.end();
    }

    private void abstracts(StudyInfo info, Manuscript manuscript) {
        if (!manuscript.abstractBlocks().isEmpty()) {
            xml.block("abstract");
            paragraphs(manuscript.abstractBlocks(), manuscript);
            xml.end();
        }
        for (Manuscript.Translation t : manuscript.translations()) {
            if (!t.abstractBlocks().isEmpty()) {
                xml.block("trans-abstract", "xml:lang", t.lang());
                xml.leaf("title", t.heading());
                paragraphs(t.abstractBlocks(), manuscript);
                xml.end();
            }
        }
        keywords(info.language(), info.keywords());
        for (StudyInfo.Translation t : info.translations()) {
            keywords(t.language(), t.keywords());
        }
    }

    /**
     * An abstract's blocks; a structured abstract's headings ("Background", "Methods" …) each begin a {@code sec} with
     * its {@code title}, as the body's sections do and as JATS4R and PubMed Central tag one (the text before the first
     * heading stays before them).
     */
    private void paragraphs(List<Block> blocks, Manuscript manuscript) {
        JatsBlocks.ofAbstract(xml, manuscript).sections(blocks, h -> "sec");
    }

    private void keywords(String language, List<String> keywords) {
        if (keywords.isEmpty()) {
            return;
        }
        xml.block("kwd-group", "kwd-group-type", "author", "xml:lang", language.isEmpty() ? null : language);
        keywords.forEach(k -> xml.leaf("kwd", k));
        xml.end();
    }
}
