package weft.manuscript;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.words.Slugs;

/**
 * A manuscript written in Word (.docx), read as the Markdown a Pandoc manuscript would be (Apache POI): Word's headings
 * ("heading 1" …, or a style's outline level, in any language of Word) as {@code #} headings, its title as the front
 * matter's, paragraphs with their italics, bold, superscripts, links, line breaks and footnotes, paragraphs of Word's
 * "Quote" style as block quotations, bulleted and numbered lists, tables as pipe tables with their captions, pictures
 * as figures with their captions (their bytes kept, to be copied into content/figures/). The text is escaped, so that nothing an author typed is read as Markdown or as one of
 * Weft's directives. A reference manager's citations (Zotero, Mendeley, EndNote fields) keep their printed text, with a
 * warning; a document with tracked changes is refused, as which of its words stand is the author's choice.
 */
final class DocxManuscript {

    /** The Markdown and the pictures it names, by their paths from content/ ({@code figures/…}). */
    record Converted(String markdown, Map<String, byte[]> pictures, List<Integer> paragraphs) {

        /** The paragraph of the document a line of the Markdown (from 1) came from; 0 for the front matter's. */
        int paragraphOf(int line) {
            return line >= 1 && line <= paragraphs.size() ? paragraphs.get(line - 1) : 0;
        }
    }

    private static final Pattern TRACKED = Pattern.compile("<w:(?:ins|del|moveFrom|moveTo)\\b");
    /** An equation of Word's (Office Math): each one, whether in a paragraph of equations or in the text. */
    private static final Pattern MATH = Pattern.compile("<m:oMath(?=[\\s>/])");
    /** A text box's (or a shape's) text: Word writes each as DrawingML, and again as VML for older readers. */
    private static final Pattern TEXT_BOX = Pattern.compile("<wps:txbx\\b");
    private static final Pattern VML_TEXT_BOX = Pattern.compile("<v:textbox\\b");
    /** A chart of Word's (drawn from its own data: a picture of it is what a figure needs), classic or of Office 2016's. */
    private static final Pattern CHART = Pattern.compile("uri=\"http://schemas\\.(?:openxmlformats\\.org/drawingml/2006/chart"
            + "|microsoft\\.com/office/drawing/2014/chartex)\"");
    /** A SmartArt graphic (a diagram of Word's). */
    private static final Pattern SMART_ART = Pattern.compile("uri=\"http://schemas\\.openxmlformats\\.org/drawingml/2006/diagram\"");
    /** An object of another program embedded (an Excel sheet, a Visio drawing), shown by its own program. */
    private static final Pattern EMBEDDED = Pattern.compile("<\\w+:OLEObject\\b");
    /** Word's cross-reference: a REF field naming a bookmark (one a caption holds, when it refers to a figure or table). */
    private static final Pattern REF = Pattern.compile("\\s*REF\\s+(\\S+)");
    /** A link made as a field (HYPERLINK "https://…"), as some editors and converters write one. */
    private static final Pattern HYPERLINK_FIELD = Pattern.compile("\\s*HYPERLINK\\s+\"([^\"]+)\"");
    /** An address a link of the manuscript may keep. */
    private static final Pattern WEB = Pattern.compile("(?i)(https?|mailto|doi):.*");
    /** What a field's result becomes where it is a link: this, then its address. */
    private static final String LINK = "link:";
    private static final Pattern CITATION_FIELD = Pattern.compile("ZOTERO_ITEM|CSL_CITATION|EN\\.CITE|ADDIN\\s+PAPERS|CITAVI");
    /** A caption's own label, which Weft prints itself: "Figure 2." "Fig. 2:" "Table 1 –". */
    private static final Pattern LABEL = Pattern.compile(
            "^(\\*{0,2})(?i:figure|fig\\.?|table|tab\\.?)\\s*[A-Z]?\\d+[.:\u2013\u2014-]?(\\1)?\\s*");
    /** A figure's caption, by its label; and a table's. */
    private static final Pattern OTHER_FIGURE = Pattern.compile("(?i)(figure|fig\\.?)\\s*[A-Z]?\\d");
    private static final Pattern OTHER_TABLE = Pattern.compile("(?i)(table|tab\\.?)\\s*[A-Z]?\\d");
    /** What Markdown or Weft would read in text: each escaped with a backslash. */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]{}<>#@|~^$]");

    private final XWPFDocument document;
    private final String path;
    private final Diagnostics diagnostics;
    private final StringBuilder out = new StringBuilder();
    private final List<Integer> lines = new ArrayList<>();
    private final Map<String, byte[]> pictures = new LinkedHashMap<>();
    private int paragraph;
    private int citationFields;
    private int contentControls;
    private int inlinePictures;
    private int tables;
    private int headings;
    /** The cross-references of Word's to a figure's or a table's caption, written as Weft's. */
    private int references;
    /** The bookmarks of the captions (what Word's cross-references name), each with the id of its figure or table. */
    private final Map<String, String> targets = new HashMap<>();
    /** The headings Word's cross-references name, each with its id. */
    private final Map<XWPFParagraph, String> headingIds = new IdentityHashMap<>();
    /** Whether paragraphs of a template's "Abstract" style were given a heading of their own. */
    private boolean abstractStyled;
    /** Whether the last block written is a list item (the next one continues its list). */
    private boolean inList;
    /** The marker of the top level of the list written last. */
    private String listMarker = "";

    private DocxManuscript(XWPFDocument document, String path, Diagnostics diagnostics) {
        this.document = document;
        this.path = path;
        this.diagnostics = diagnostics;
    }

    /** The Word document's bytes as Markdown; empty after an error (reported at {@code path}). */
    static Optional<Converted> read(byte[] bytes, String path, Diagnostics diagnostics) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String xml = document.getDocument().xmlText();
            if (TRACKED.matcher(xml).find()) {
                diagnostics.error(SourcePosition.ofFile(path), "the document has tracked changes: accept or reject them in Word"
                        + " (Review, Accept), save, and import it again; which words stand is the author's choice");
                return Optional.empty();
            }
            left(MATH.matcher(xml).results().count(), "equation", "Word's equations are not read: write each as text, or as"
                    + " a figure", path, diagnostics);
            left(document.getComments() == null ? 0 : document.getComments().length, "comment", "a reviewer's comments are"
                    + " no part of the text", path, diagnostics);
            long boxes = TEXT_BOX.matcher(xml).results().count();
            left(boxes > 0 ? boxes : VML_TEXT_BOX.matcher(xml).results().count(), "text box",
                    "the text of text boxes and shapes is not read: move it into the text", path, diagnostics);
            String asPicture = "save each as a picture (right-click, Save as Picture) and put the picture in its place, with"
                    + " its caption, to import it as a figure";
            left(CHART.matcher(xml).results().count(), "chart", "Word's charts are not read: " + asPicture, path, diagnostics);
            left(SMART_ART.matcher(xml).results().count(), "SmartArt graphic", "SmartArt is not read: " + asPicture, path,
                    diagnostics);
            left(EMBEDDED.matcher(xml).results().count(), "embedded object", "objects of other programs (an Excel sheet)"
                    + " are not read: paste a table as a Word table, anything else as a picture", path, diagnostics);
            DocxManuscript manuscript = new DocxManuscript(document, path, diagnostics);
            Converted converted = manuscript.convert();
            if (manuscript.headings == 0) {
                diagnostics.error(SourcePosition.ofFile(path), "no heading to cut the document at: Weft makes a section of"
                        + " content/ of each paragraph of Word's style \"Heading 1\" (Home, Styles; a paragraph that is only"
                        + " bold or large is no heading to Word); give each section's title that style");
                return Optional.empty();
            }
            return Optional.of(converted);
        } catch (IOException | RuntimeException e) {
            diagnostics.error(SourcePosition.ofFile(path), "the document cannot be read (a .docx file of Word or LibreOffice is"
                    + " expected): " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return Optional.empty();
        }
    }

    /** A warning that {@code count} things of a kind were left out, and why; none for none. */
    private static void left(long count, String what, String why, String path, Diagnostics diagnostics) {
        if (count > 0) {
            diagnostics.warning(SourcePosition.ofFile(path), count + " " + what + (count == 1 ? "" : "s") + " left out: " + why);
        }
    }

    /**
     * The captions' bookmarks, each with the id its figure or table will have ({@code fig-picture-2}, {@code tbl-table-1}),
     * found before the text is read, as a cross-reference may come before what it names. A caption belongs to the table
     * before it, else the one after; to the picture after it, else the one before (as {@link #figures} and
     * {@link #table} take it).
     */
    private void targets(List<IBodyElement> body) {
        int pictures = 0;
        int tableCount = 0;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < body.size(); i++) {
            IBodyElement element = body.get(i);
            if (element instanceof XWPFParagraph p && headingLevel(p) > 0 && p.getCTP().getBookmarkStartList().stream()
                    .anyMatch(b -> b.getName().startsWith("_Ref"))) {
                // a heading Word's cross-references name: an id of its own, which Weft's @sec-… refers to
                String base = "sec-" + Slugs.id(p.getText().replaceFirst("^[\\d.\\s]+", ""), "section");
                String id = base;
                for (int n = 2; !ids.add(id); n++) {
                    id = base + "-" + n;
                }
                headingIds.put(p, id);
                String named = id;
                p.getCTP().getBookmarkStartList().forEach(b -> targets.putIfAbsent(b.getName(), named));
            } else if (element instanceof XWPFTable) {
                tableCount++;
                captionBookmarks(body, i, new int[] {-1, 1}, "tbl-table-" + tableCount);
            } else if (isPicture(element)) {
                int here = (int) ((XWPFParagraph) element).getRuns().stream().mapToLong(r -> r.getEmbeddedPictures().size()).sum();
                captionBookmarks(body, i, new int[] {1, -1}, "fig-picture-" + (pictures + 1));
                pictures += here;
            }
        }
    }

    private void captionBookmarks(List<IBodyElement> body, int i, int[] steps, String id) {
        captionOf(body, i, steps, id.startsWith("tbl-"))
                .ifPresent(c -> c.getCTP().getBookmarkStartList().forEach(b -> targets.putIfAbsent(b.getName(), id)));
    }

    /** Whether the caption paragraph at {@code i} is the caption of a table or a picture beside it (written with it). */
    private boolean claimed(List<IBodyElement> body, int i) {
        for (int step : new int[] {-1, 1}) {
            IBodyElement beside = neighbour(body, i, step);
            if (beside instanceof XWPFTable && captionOf(body, i + step, new int[] {-1, 1}, true).map(c -> c == body.get(i)).orElse(false)
                    || isPicture(beside) && captionOf(body, i + step, new int[] {1, -1}, false).map(c -> c == body.get(i)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The caption paragraph beside the table or picture at {@code i}, looked for at {@code steps} in turn: one of Word's
     * "Caption" style whose label is not the other kind's (a table's caption is no "Figure 2", a picture's no "Table 1").
     */
    private Optional<XWPFParagraph> captionOf(List<IBodyElement> body, int i, int[] steps, boolean table) {
        Pattern other = table ? OTHER_FIGURE : OTHER_TABLE;
        for (int step : steps) {
            if (neighbour(body, i, step) instanceof XWPFParagraph c && styleName(c).equals("caption")
                    && !other.matcher(c.getText().strip()).lookingAt()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private Converted convert() {
        List<IBodyElement> body = document.getBodyElements();
        targets(body);
        StringBuilder title = new StringBuilder();
        StringBuilder subtitle = new StringBuilder();
        for (int i = 0; i < body.size(); i++) {
            IBodyElement element = body.get(i);
            paragraph++;
            if (element instanceof XWPFParagraph p) {
                String style = styleName(p);
                if (style.equals("title") || style.equals("subtitle")) {
                    StringBuilder into = style.equals("title") ? title : subtitle;
                    into.append(into.length() == 0 ? "" : " ").append(p.getText().strip());
                    continue;
                }
                if (style.equals("caption") && claimed(body, i)) {
                    continue; // written with its table or picture
                }
                paragraph(p, body, i);
            } else if (element instanceof XWPFTable t) {
                table(t, body, i);
            } else {
                contentControls++;
            }
        }
        if (citationFields > 0) {
            diagnostics.warning(SourcePosition.ofFile(path), citationFields + " citation" + (citationFields == 1 ? "" : "s")
                    + " of a reference manager (Zotero, Mendeley, EndNote) kept as printed, text Weft does not link to its"
                    + " references: write each as Pandoc's [@key], the key of content/references.bib (Zotero with Better"
                    + " BibTeX exports the keys)");
        }
        if (contentControls > 0) {
            diagnostics.warning(SourcePosition.ofFile(path), contentControls + " content control" + (contentControls == 1 ? "" : "s")
                    + " (a table of contents, a reference manager's bibliography) left out: Weft prints its own");
        }
        if (inlinePictures > 0) {
            diagnostics.warning(SourcePosition.ofFile(path), inlinePictures + " picture" + (inlinePictures == 1 ? "" : "s")
                    + " in the middle of a paragraph's text left out: a figure stands in a paragraph of its own, with its caption");
        }
        String front = title.length() == 0 && subtitle.length() == 0 ? "" : "---\n"
                + (title.length() == 0 ? "" : "title: " + ManuscriptImport.quoted(title.toString()) + "\n")
                + (subtitle.length() == 0 ? "" : "subtitle: " + ManuscriptImport.quoted(subtitle.toString()) + "\n") + "---\n";
        List<Integer> all = new ArrayList<>();
        front.lines().forEach(l -> all.add(0));
        all.addAll(lines);
        return new Converted(front + out, Map.copyOf(pictures), List.copyOf(all));
    }

    private static IBodyElement neighbour(List<IBodyElement> body, int i, int step) {
        int j = i + step;
        return j >= 0 && j < body.size() ? body.get(j) : null;
    }

    private static boolean isPicture(IBodyElement element) {
        return element instanceof XWPFParagraph p && p.getText().isBlank()
                && p.getRuns().stream().anyMatch(r -> !r.getEmbeddedPictures().isEmpty());
    }

    private void paragraph(XWPFParagraph p, List<IBodyElement> body, int i) {
        int level = headingLevel(p);
        if (level > 0) {
            String text = inline(p).strip();
            if (!text.isEmpty()) {
                String id = headingIds.get(p);
                block("#".repeat(level) + " " + text + (id == null ? "" : " {#" + id + "}"));
                headings++;
            }
            return;
        }
        if (isPicture(p)) {
            figures(p, body, i);
            return;
        }
        String text = inline(p).strip();
        if (text.isEmpty()) {
            return;
        }
        BigInteger numbering = p.getNumID();
        if (numbering != null) {
            listItem(p, text);
            return;
        }
        String style = styleName(p);
        if (style.equals("abstract") && headings == 0 && !abstractStyled) {
            // a journal template's "Abstract" paragraphs before the first heading: the abstract, under a heading of its own
            block("# Abstract");
            headings++;
            abstractStyled = true;
        }
        if (style.equals("quote") || style.equals("intense quote") || style.equals("block text")) {
            // a participant's words set apart, as Word's "Quote" style sets them: a block quotation
            block("> " + lineStart(text).replace("\n", "\n> "));
            return;
        }
        block(lineStart(text));
    }

    /** A list item: four spaces a level deeper (under a bullet's or a number's text), consecutive items one list. */
    private void listItem(XWPFParagraph p, String text) {
        int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
        String marker = p.getNumFmt() == null || "bullet".equals(p.getNumFmt()) ? "- " : "1. ";
        String indent = "    ".repeat(level);
        if (out.length() > 0 && (!inList || level == 0 && !marker.equals(listMarker))) {
            line(""); // a new list, or, of another kind, the next list
        }
        inList = true;
        listMarker = level == 0 ? marker : listMarker;
        line(indent + marker + text.replace("\n", "\n" + indent + " ".repeat(marker.length())));
    }

    /** A block (a paragraph, a heading, a table): after a blank line. */
    private void block(String text) {
        if (out.length() > 0) {
            line("");
        }
        inList = false;
        for (String l : text.split("\n", -1)) {
            line(l);
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
        lines.add(paragraph);
    }

    /** Each picture of a paragraph of pictures as a figure, its caption the caption paragraph beside it, else its description. */
    private void figures(XWPFParagraph p, List<IBodyElement> body, int i) {
        String caption = captionOf(body, i, new int[] {1, -1}, false).map(c -> caption(inline(c).strip())).orElse("");
        for (XWPFRun run : p.getRuns()) {
            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                String name = picture(picture);
                String id = "fig-" + name.substring("figures/".length(), name.lastIndexOf('.'));
                String words = !caption.isEmpty() ? caption : escape(picture.getDescription() == null ? "" : picture.getDescription().strip());
                if (words.isEmpty()) {
                    diagnostics.warning(SourcePosition.ofFile(path), "the picture of paragraph " + paragraph + " has no caption"
                            + " nor description: " + name + " is a figure without words; give it a caption");
                }
                block("![" + words + "](" + name + "){#" + id + "}");
            }
        }
    }

    /**
     * A caption without its label, which Weft prints ("**Figure 1.** The plan" → "The plan"); a caption bold throughout
     * stays bold.
     */
    private static String caption(String text) {
        Matcher m = LABEL.matcher(text);
        if (!m.lookingAt()) {
            return text;
        }
        return (m.group(2) == null ? m.group(1) : "") + text.substring(m.end());
    }

    /** The picture's bytes kept under a name of content/figures/; the name. */
    private String picture(XWPFPicture picture) {
        String extension = picture.getPictureData().suggestFileExtension().toLowerCase(Locale.ROOT);
        String name = String.format(Locale.ROOT, "figures/picture-%d.%s", pictures.size() + 1, extension.isEmpty() ? "bin" : extension);
        pictures.put(name, picture.getPictureData().getData());
        return name;
    }

    /** A table as a pipe table, its first row the header, a merged cell's span as empty cells, its caption after it. */
    private void table(XWPFTable table, List<IBodyElement> body, int i) {
        List<List<String>> rows = new ArrayList<>();
        int columns = 0;
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> texts = new ArrayList<>();
                cell.getParagraphs().forEach(p -> texts.add(inline(p).strip()));
                cells.add(String.join(" ", texts.stream().filter(t -> !t.isEmpty()).toList()).replace("\n", " "));
                var properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.getGridSpan() != null ? properties.getGridSpan().getVal().intValue() : 1;
                for (int s = 1; s < Math.min(span, 64); s++) {
                    cells.add("");
                }
            }
            columns = Math.max(columns, cells.size());
            rows.add(cells);
        }
        if (rows.isEmpty() || columns == 0) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r));
            while (cells.size() < columns) {
                cells.add("");
            }
            text.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (r == 0) {
                text.append("|").append("---|".repeat(columns)).append('\n');
            }
        }
        tables++;
        captionOf(body, i, new int[] {-1, 1}, true).ifPresent(c -> text.append("\n: ").append(caption(inline(c).strip()))
                .append(" {#tbl-table-").append(tables).append("}\n"));
        block(text.toString().stripTrailing());
    }

    /** A paragraph's text as Markdown: its runs' text escaped, with their emphasis, links and notes. */
    private String inline(XWPFParagraph p) {
        StringBuilder text = new StringBuilder();
        boolean instruction = false;
        StringBuilder instructions = new StringBuilder();
        String reference = null; // a field's result that Word's cross-reference to a caption prints: Weft's own instead
        StringBuilder referenced = new StringBuilder();
        String format = "";
        StringBuilder pending = new StringBuilder();
        for (IRunElement element : p.getIRuns()) {
            if (!(element instanceof XWPFRun run)) {
                continue;
            }
            for (CTFldChar field : run.getCTR().getFldCharList()) {
                if (field.getFldCharType() == STFldCharType.BEGIN) {
                    instruction = true;
                    instructions.setLength(0);
                } else if (field.getFldCharType() == STFldCharType.SEPARATE) {
                    instruction = false;
                    Matcher ref = REF.matcher(instructions);
                    Matcher link = HYPERLINK_FIELD.matcher(instructions);
                    reference = ref.lookingAt() ? targets.get(ref.group(1))
                            : link.lookingAt() && WEB.matcher(link.group(1)).matches() ? LINK + link.group(1) : null;
                    referenced.setLength(0);
                } else if (field.getFldCharType() == STFldCharType.END && reference != null) {
                    flush(text, pending, format);
                    format = "";
                    text.append(crossReference(reference, referenced.toString().strip()));
                    references++;
                    reference = null;
                }
            }
            for (CTText instr : run.getCTR().getInstrTextList()) {
                instructions.append(instr.getStringValue());
                if (CITATION_FIELD.matcher(instr.getStringValue()).find()) {
                    citationFields++;
                }
            }
            if (instruction) {
                continue;
            }
            if (reference != null) {
                referenced.append(run.text());
                continue;
            }
            inlinePictures += run.getEmbeddedPictures().size();
            String notes = notes(run);
            // a note's mark is no text of the paragraph's (POI gives it as "[footnoteRef:1]")
            String words = notes.isEmpty() ? escape(run.text().replace('\t', ' ')) : "";
            String runFormat = (run.isBold() ? "**" : "") + (run.isItalic() ? "*" : "")
                    + ("superscript".equals(String.valueOf(run.getVerticalAlignment()).toLowerCase(Locale.ROOT)) ? "^" : "");
            String url = run instanceof XWPFHyperlinkRun link ? url(link) : "";
            if (!url.isEmpty()) {
                flush(text, pending, format);
                format = "";
                text.append('[').append(words).append("](").append(url.replace(")", "%29").replace(" ", "%20")).append(')');
            } else {
                if (!runFormat.equals(format)) {
                    flush(text, pending, format);
                    format = runFormat;
                }
                pending.append(words);
            }
            if (!notes.isEmpty()) {
                flush(text, pending, format);
                text.append(notes);
            }
        }
        flush(text, pending, format);
        return text.toString().replace("\n", "\\\n");
    }

    /**
     * Weft's cross-reference for Word's to {@code id}, printed {@code printed}: "Figure 2" or "Section 3" is
     * {@code @fig-x}, the number alone {@code [-@fig-x]} (Weft prints its own numbers); a heading's title, without a
     * number, stays its words, linked to the heading.
     */
    private static String crossReference(String id, String printed) {
        if (id.startsWith(LINK)) {
            return "[" + escape(printed) + "](" + id.substring(LINK.length()).replace(")", "%29").replace(" ", "%20") + ")";
        }
        if (id.startsWith("sec-") && !printed.matches("(?s).*\\d.*")) {
            return "[" + escape(printed) + "](#" + id + ")";
        }
        return printed.matches("(?s)\\p{L}.*") ? "@" + id : "[-@" + id + "]";
    }

    /** The text pending in one format, wrapped in its marks (its spaces outside them, where Markdown wants them). */
    private static void flush(StringBuilder text, StringBuilder pending, String format) {
        String words = pending.toString();
        pending.setLength(0);
        if (format.isEmpty() || words.isBlank()) {
            text.append(words);
            return;
        }
        int start = 0;
        while (start < words.length() && words.charAt(start) == ' ') {
            start++;
        }
        int end = words.length();
        while (end > start && words.charAt(end - 1) == ' ') {
            end--;
        }
        String close = new StringBuilder(format).reverse().toString();
        String inner = words.substring(start, end);
        if (format.contains("^")) {
            inner = inner.replace(" ", "\\ "); // a superscript's spaces, as Pandoc writes them
        }
        text.append(words, 0, start).append(format).append(inner).append(close).append(words.substring(end));
    }

    /** The footnotes and endnotes a run refers to, as Pandoc's inline notes. */
    private String notes(XWPFRun run) {
        StringBuilder notes = new StringBuilder();
        List<org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote> found = new ArrayList<>();
        for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
            found.add(document.getFootnoteByID(ref.getId().intValue()));
        }
        for (CTFtnEdnRef ref : run.getCTR().getEndnoteReferenceList()) {
            found.add(document.getEndnoteByID(ref.getId().intValue()));
        }
        for (var note : found) {
            if (note != null) {
                List<String> texts = new ArrayList<>();
                note.getParagraphs().forEach(p -> texts.add(inline(p).strip()));
                notes.append("^[").append(String.join(" ", texts.stream().filter(t -> !t.isEmpty()).toList())).append(']');
            }
        }
        return notes.toString();
    }

    private String url(XWPFHyperlinkRun run) {
        XWPFHyperlink link = run.getHyperlink(document);
        String url = link == null || link.getURL() == null ? "" : link.getURL().strip();
        return WEB.matcher(url).matches() ? url : "";
    }

    /** The text with what Markdown or Weft would read escaped. */
    private static String escape(String text) {
        return SPECIAL.matcher(text).replaceAll(m -> "\\\\" + Matcher.quoteReplacement(m.group()));
    }

    /** A paragraph's first characters escaped where Markdown would read a list, a quotation or a definition there. */
    private static String lineStart(String text) {
        if (text.matches("(?s)[-+:=>].*")) {
            return "\\" + text;
        }
        return text.replaceFirst("^(\\d{1,9})([.)])", "$1\\\\$2");
    }

    /** The paragraph's style's name in lower case ("heading 1", "title", "caption"), following the styles it is based on for none. */
    private String styleName(XWPFParagraph p) {
        XWPFStyle style = p.getStyleID() == null || document.getStyles() == null ? null : document.getStyles().getStyle(p.getStyleID());
        return style == null || style.getName() == null ? "" : style.getName().strip().toLowerCase(Locale.ROOT);
    }

    /** 1 to 6 for a heading (its style's name, "heading N", or its outline level in the paragraph or its styles); 0 else. */
    private int headingLevel(XWPFParagraph p) {
        String name = styleName(p);
        if (name.matches("heading [1-9]")) {
            return Math.min(6, name.charAt(8) - '0');
        }
        Integer outline = outline(p.getCTP().getPPr());
        XWPFStyle style = p.getStyleID() == null || document.getStyles() == null ? null : document.getStyles().getStyle(p.getStyleID());
        for (int depth = 0; outline == null && style != null && depth < 16; depth++) {
            outline = outline(style.getCTStyle().getPPr());
            style = style.getBasisStyleID() == null ? null : document.getStyles().getStyle(style.getBasisStyleID());
        }
        return outline == null || outline > 5 ? 0 : outline + 1;
    }

    private static Integer outline(CTPPrBase properties) {
        CTDecimalNumber level = properties == null ? null : properties.getOutlineLvl();
        return level == null ? null : level.getVal().intValue();
    }

}
