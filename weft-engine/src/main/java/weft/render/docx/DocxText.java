package weft.render.docx;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import weft.publish.XmlText;
import weft.render.manuscript.Block;
import weft.render.manuscript.Inline;
import weft.render.manuscript.Manuscript;
import weft.words.Direction;

/**
 * Paragraphs and runs of the Word document: marks as run properties, quotes in the Quote Char style, links within the
 * article as hyperlinks to bookmarks named after the article's ids, links out of it as external hyperlinks.
 */
final class DocxText {

    private final XWPFDocument doc;
    private final Manuscript manuscript;
    private final Map<String, String> bookmarks = new HashMap<>();
    /** The notes called so far, by anchor, with the number Word gives their footnotes (in the order they are made). */
    private final Map<String, Integer> footnotes = new HashMap<>();
    private org.apache.poi.xwpf.usermodel.XWPFFootnotes footnotesPart;
    private int nextBookmark;
    private String language = "";
    /** The cell of the box being written, whose paragraphs go there; null outside a box. */
    private org.apache.poi.xwpf.usermodel.XWPFTableCell cell;
    /** Whether the next paragraph begins a page. */
    private boolean breakBefore;
    /** Whether the document is right to left: its styles then make every paragraph so (Word's bidi). */
    private final boolean rightToLeft;

    DocxText(XWPFDocument doc, Manuscript manuscript, boolean rightToLeft) {
        this.doc = doc;
        this.manuscript = manuscript;
        this.rightToLeft = rightToLeft;
    }

    boolean rightToLeft() {
        return rightToLeft;
    }

    XWPFDocument document() {
        return doc;
    }

    /** Makes the next paragraph begin a page (a page break of the prose). */
    void breakBeforeNext() {
        breakBefore = true;
    }

    /**
     * Runs {@code body} with every paragraph it makes at the end of {@code cell} (a box's), not of the document's body.
     */
    void inCell(org.apache.poi.xwpf.usermodel.XWPFTableCell cell, Runnable body) {
        org.apache.poi.xwpf.usermodel.XWPFTableCell outer = this.cell;
        this.cell = cell;
        try {
            body.run();
        } finally {
            this.cell = outer;
        }
    }

    /** A new paragraph at the end of the document (or of the box being written), in {@code style} (Normal when null). */
    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = cell != null ? cell.addParagraph() : doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        if (breakBefore) {
            p.setPageBreak(true);
            breakBefore = false;
        }
        if (!language.isEmpty() && Direction.isRightToLeft(language) != rightToLeft) {
            // a translated abstract written the other way from the article: an English one in an Arabic article
            direction(p, !rightToLeft);
        }
        return p;
    }

    /**
     * Sets a paragraph in the direction of its own text, as {@code dir="auto"} does in the web page: a quote in Arabic in
     * an English article runs right to left, and one in English in an Arabic article left to right.
     */
    void ownDirection(XWPFParagraph p) {
        Direction.ofText(p.getText()).filter(own -> Direction.RTL.equals(own) != rightToLeft)
                .ifPresent(own -> direction(p, !rightToLeft));
    }

    private static void direction(XWPFParagraph p, boolean rightToLeft) {
        CTPPr properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        (properties.isSetBidi() ? properties.getBidi() : properties.addNewBidi()).setVal(rightToLeft ? STOnOff1.ON : STOnOff1.OFF);
    }

    /** A heading in Word's "heading N" style, with a bookmark for the links to it. */
    XWPFParagraph heading(int level, String id, String title) {
        XWPFParagraph p = paragraph("Heading" + Math.min(Math.max(level, 1), 6));
        bookmark(p, id);
        run(p, title);
        return p;
    }

    XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setText(xmlSafe(text));
        if (!language.isEmpty()) {
            r.setLang(language);
        }
        return r;
    }

    /** Runs {@code body} with every run it creates in {@code lang}: a translated abstract is spell-checked in its language. */
    void language(String lang, Runnable body) {
        String before = language;
        language = lang;
        try {
            body.run();
        } finally {
            language = before;
        }
    }

    /** Marks the place in {@code p} that links to {@code id} go to. */
    void bookmark(XWPFParagraph p, String id) {
        if (id == null || id.isEmpty()) {
            return;
        }
        BigInteger number = BigInteger.valueOf(++nextBookmark);
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setName(bookmarkName(id));
        start.setId(number);
        p.getCTP().addNewBookmarkEnd().setId(number);
    }

    /**
     * A bookmark's name for an id: Word allows 40 letters, digits and underscores, beginning with a letter; longer ids
     * keep their beginning and a hash of the whole, so that two ids never share a name.
     */
    String bookmarkName(String id) {
        return bookmarks.computeIfAbsent(id, DocxText::nameOf);
    }

    static String nameOf(String id) {
        String name = "w_" + id.replaceAll("[^A-Za-z0-9]", "_");
        if (name.length() <= 40) {
            return name;
        }
        byte[] hash;
        try {
            hash = java.security.MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return name.substring(0, 31) + "_" + HexFormat.of().formatHex(hash, 0, 4);
    }

    /** The runs of {@code content} at the end of {@code p}. */
    void inlines(XWPFParagraph p, List<Inline> content) {
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t) {
                XWPFRun r = run(p, t.text());
                if (!t.lang().isEmpty()) { // words in another language: Word checks their spelling in it
                    r.setLang(t.lang());
                }
                marked(r, t);
            } else if (inline instanceof Inline.Link l && l.internal()) {
                if (manuscript.ids().contains(l.target())) {
                    CTHyperlink link = p.getCTP().addNewHyperlink();
                    link.setAnchor(bookmarkName(l.target()));
                    linked(p, link, l.content(), false);
                } else {
                    inlines(p, l.content());
                }
            } else if (inline instanceof Inline.Link l) {
                external(p, l);
            } else if (inline instanceof Inline.Quotation q) {
                bookmark(p, q.id());
                run(p, q.text()).setStyle("QuoteChar");
                if (!q.attribution().isEmpty()) {
                    run(p, " " + q.attribution()).setStyle("Attribution");
                }
            } else if (inline instanceof Inline.Note n) {
                note(p, n);
            } else {
                p.createRun().addBreak();
            }
        }
    }

    /**
     * A note's call as Word's footnote, its text at the page's foot, numbered by Word; a second call of the same note is
     * its number, raised (a footnote has one reference).
     */
    private void note(XWPFParagraph p, Inline.Note n) {
        Integer called = footnotes.get(n.id());
        if (called != null) {
            XWPFRun r = run(p, Integer.toString(called));
            r.setStyle("FootnoteReference");
            return;
        }
        // made with Weft's own ids: POI's createFootnote looks through every footnote made so far for the next id
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn made =
                org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn.Factory.newInstance();
        made.setId(BigInteger.valueOf(footnotes.size() + 1));
        made.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn.NORMAL);
        XWPFFootnote footnote = (footnotesPart == null ? footnotesPart = doc.createFootnotes() : footnotesPart).addFootnote(made);
        footnotes.put(n.id(), footnotes.size() + 1);
        p.addFootnoteReference(footnote);
        noteBlocks(footnote, n.content(), "");
        if (footnote.getParagraphs().isEmpty()) {
            noteParagraph(footnote, "");
        }
    }

    /** A note's blocks as the footnote's paragraphs: a list's items each a paragraph after its bullet or number. */
    private void noteBlocks(XWPFFootnote footnote, List<Block> blocks, String indent) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph para) {
                inlines(noteParagraph(footnote, indent), para.content());
            } else if (block instanceof Block.Quotation q) {
                inlines(noteParagraph(footnote, indent), q.content());
            } else if (block instanceof Block.ListBlock list) {
                int number = list.start();
                for (List<Block> item : list.items()) {
                    String mark = list.ordered() && !list.numbering().equals("none") ? (number++) + ". " : "\u2022 ";
                    XWPFParagraph first = noteParagraph(footnote, indent + mark);
                    List<Block> rest = item;
                    if (!item.isEmpty() && item.get(0) instanceof Block.Paragraph lead) {
                        inlines(first, lead.content());
                        rest = item.subList(1, item.size());
                    }
                    noteBlocks(footnote, rest, indent + "    ");
                }
            } else if (block instanceof Block.Code code) {
                run(noteParagraph(footnote, indent), code.text()).setFontFamily("Liberation Mono");
            }
        }
    }

    /**
     * A new paragraph of a footnote in Word's Footnote Text style beginning with {@code lead}; the first begins with the
     * note's number, as Word writes it.
     */
    private XWPFParagraph noteParagraph(XWPFFootnote footnote, String lead) {
        boolean first = footnote.getParagraphs().isEmpty();
        XWPFParagraph paragraph = footnote.createParagraph();
        paragraph.setStyle("FootnoteText");
        if (first) { // POI begins a footnote's first paragraph with its number
            run(paragraph, " ");
        }
        if (!lead.isEmpty()) {
            run(paragraph, lead);
        }
        return paragraph;
    }

    private void external(XWPFParagraph p, Inline.Link l) {
        String id;
        try {
            id = p.getPart().getPackagePart().addExternalRelationship(l.uri(), XWPFRelation.HYPERLINK.getRelation()).getId();
        } catch (IllegalArgumentException e) { // not a URI Word could open: its text
            inlines(p, l.content());
            return;
        }
        CTHyperlink link = p.getCTP().addNewHyperlink();
        link.setId(id);
        linked(p, link, l.content(), true);
    }

    /** The text of a link's content as runs of the hyperlink; quotes and nested links as their text. */
    private void linked(XWPFParagraph p, CTHyperlink link, List<Inline> content, boolean styled) {
        for (Inline inline : content) {
            Inline.Text t = inline instanceof Inline.Text text ? text
                    : new Inline.Text(Inline.plain(List.of(inline)), java.util.Set.of());
            CTR ctr = link.addNewR();
            XWPFRun r = new XWPFRun(ctr, p);
            r.setText(xmlSafe(t.text()));
            if (!language.isEmpty()) {
                r.setLang(language);
            }
            if (styled) {
                r.setStyle("Hyperlink");
            }
            marked(r, t);
        }
    }

    /** The text with the characters XML 1.0 cannot hold (control characters in a quote) as U+FFFD, as the JATS has them. */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c == '\t' || c == '\n' || c == '\r' || XmlText.allowed(c) ? c : 0xFFFD));
        return out.toString();
    }

    /** The run's properties for the text's marks, in one order (a set's order changes from one JVM to the next). */
    private static void marked(XWPFRun r, Inline.Text t) {
        for (Inline.Mark mark : Inline.Mark.values()) {
            if (!t.marks().contains(mark)) {
                continue;
            }
            switch (mark) {
                case ITALIC -> r.setItalic(true);
                case BOLD -> r.setBold(true);
                case SUPERSCRIPT -> r.setVerticalAlignment("superscript");
                case SUBSCRIPT -> r.setVerticalAlignment("subscript");
                case CODE -> r.setFontFamily("Liberation Mono");
                case SMALL_CAPS -> r.setSmallCaps(true);
                case STRIKE -> r.setStrikeThrough(true);
                case UNDERLINE -> r.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                case HIGHLIGHT -> r.setTextHighlightColor("yellow");
                default -> throw new IllegalStateException(mark.name().toLowerCase(Locale.ROOT));
            }
        }
    }
}
