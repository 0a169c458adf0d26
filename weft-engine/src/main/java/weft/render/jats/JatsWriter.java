package weft.render.jats;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import weft.model.Publication;
import weft.model.StudyInfo;
import weft.publish.OutputFiles;
import weft.publish.OutputNames;
import weft.render.cite.BibItem;
import weft.render.cite.Bibliography;
import weft.render.manuscript.Block;
import weft.render.manuscript.Manuscript;
import weft.words.Words;

/**
 * Writes {@value OutputNames#JATS}: the front matter from study.yaml's facts (unknown ones are left out, never filled),
 * the body as nested {@code sec} elements with the article's ids, quotes as {@code disp-quote} with their attribution,
 * the coding frame's table and figure, citations as {@code xref} to the reference list's {@code element-citation}s.
 * The figure's SVG is written beside it.
 */
public final class JatsWriter {

    /** The anchors of a back matter section JATS calls {@code ack}: the prose file acknowledgements.md's. */
    private static final Set<String> ACKNOWLEDGEMENTS = Set.of("sec-acknowledgements", "sec-acknowledgments");
    static final String DOCTYPE = "<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Publishing DTD with"
            + " MathML3 v1.3 20210610//EN\" \"JATS-journalpublishing1-3-mathml3.dtd\">";

    /** What the file says of itself when the study does not give the journal's ISSN. */
    static final String NO_ISSN = "<!-- Not valid JATS Journal Publishing 1.3 yet: its journal-meta needs the journal's ISSN"
            + " (and a journal-id), which coded-data/study.yaml does not give (publication.issnOnline or"
            + " publication.issnPrint). -->";

    private final XmlOut xml = new XmlOut();
    private final Manuscript manuscript;
    private final JatsBlocks blocks;
    private final Words words;

    private JatsWriter(Manuscript manuscript, Words words) {
        this.manuscript = manuscript;
        this.blocks = new JatsBlocks(xml, manuscript);
        this.words = words;
    }

    /** The JATS of the article and its figure's graphic, into {@code publication}. */
    public static void write(StudyInfo info, Manuscript manuscript, Optional<Bibliography> bibliography, Words words,
                             OutputFiles publication) {
        JatsWriter writer = new JatsWriter(manuscript, words);
        publication.add(OutputNames.JATS, writer.article(info, bibliography));
        for (Block b : manuscript.body()) {
            if (b instanceof Block.Figure f) {
                publication.add(OutputNames.jatsGraphic(f.id()), standalone(f.whole().svg()));
            }
        }
    }

    private String article(StudyInfo info, Optional<Bibliography> bibliography) {
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").raw(DOCTYPE);
        Publication pub = info.publication();
        if (pub.issnOnline().isEmpty() && pub.issnPrint().isEmpty()) {
            xml.raw("\n" + NO_ISSN);
        }
        xml.block("article", "xmlns:xlink", "http://www.w3.org/1999/xlink", "xmlns:mml", "http://www.w3.org/1998/Math/MathML",
                "article-type", "research-article", "dtd-version", "1.3", "xml:lang", info.language().isEmpty() ? null : info.language());
        new JatsFront(xml, words, blocks).write(info, manuscript);
        body();
        back(bibliography);
        xml.end();
        return xml.toString();
    }

    private void body() {
        xml.block("body");
        blocks.sections(manuscript.body(), h -> "sec");
        xml.end();
    }

    /** The back matter's sections, the notes, the reference list, then the appendices. */
    private void back(Optional<Bibliography> bibliography) {
        if (manuscript.references().isEmpty() && manuscript.back().isEmpty() && manuscript.appendices().isEmpty()
                && manuscript.notes().isEmpty()) {
            return;
        }
        xml.block("back");
        // a section of the back matter is ack where it holds the acknowledgements (its id says so)
        blocks.sections(manuscript.back(), h -> h.level() == 1 && ACKNOWLEDGEMENTS.contains(h.id()) ? "ack" : "sec");
        blocks.notes(manuscript.notes(), words.get("notes"));
        references(bibliography);
        if (!manuscript.appendices().isEmpty()) {
            xml.block("app-group");
            blocks.sections(manuscript.appendices(), h -> h.level() == 1 ? "app" : "sec");
            xml.end();
        }
        xml.end();
    }

    private void references(Optional<Bibliography> bibliography) {
        if (manuscript.references().isEmpty()) {
            return;
        }
        xml.block("ref-list");
        xml.leaf("title", words.get("references"));
        for (Manuscript.Reference r : manuscript.references()) {
            xml.block("ref", "id", JatsBlocks.xmlId(r.id()));
            xml.leaf("label", r.label().replaceAll("^[\\[(]|[\\]).]$", ""));
            Optional<BibItem> item = bibliography.flatMap(b -> b.item(r.key()));
            if (item.isPresent()) {
                ElementCitation.write(xml, item.get());
            } else {
                xml.block("mixed-citation");
                blocks.inlines(r.text());
                xml.end();
            }
            xml.end();
        }
        xml.end();
    }

    /** The inline SVG of the HTML as a file of its own: with the XML declaration. */
    private static String standalone(String svg) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.strip() + "\n";
    }
}
