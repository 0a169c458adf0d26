package weft.render.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import weft.render.manuscript.Block;

/**
 * The numbering definitions of the document's lists: one for bulleted lists and one for each way numbered lists count
 * (1, a, A, i, I, as the study's listStyle sets it), nine levels each; every numbered list starts again.
 */
final class DocxLists {

    /** Where an item's text stands at each level (its first level's, times the level), in twentieths of a point. */
    static final int ITEM_INDENT = 720;
    private final XWPFNumbering numbering;
    /**
     * The definitions made so far: "bullet", or a numbered list's HTML type ("1", "a", "A", "i", "I") and how its markers
     * end ("a.", "a)", "a()" for Pandoc's {@code (a)}).
     */
    private final Map<String, BigInteger> definitions = new HashMap<>();

    private DocxLists(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The lists of {@code doc}: its numbering part, the definitions added as lists need them. */
    static DocxLists of(XWPFDocument doc) {
        return new DocxLists(doc.createNumbering());
    }

    /** A new list: its numbering instance, which a numbered list starts at its first number. */
    BigInteger start(Block.ListBlock list) {
        String kind = list.ordered() ? list.numbering() + list.delimiter() : "bullet";
        BigInteger definition = definitions.computeIfAbsent(kind,
                k -> numbering.addAbstractNum(definition(definitions.size(), k, numbering)));
        BigInteger num = numbering.addNum(definition);
        if (list.ordered()) {
            CTNumLvl restart = numbering.getNum(num).getCTNum().addNewLvlOverride();
            restart.setIlvl(BigInteger.ZERO);
            restart.addNewStartOverride().setVal(BigInteger.valueOf(list.start()));
        }
        return num;
    }

    /** A level's number as Word prints it: "%1.", or as the list writes it, "%1)" or "(%1)". */
    private static String marker(int level, String delimiter) {
        String number = "%" + (level + 1);
        return delimiter.equals("()") ? "(" + number + ")" : number + delimiter;
    }

    private static XWPFAbstractNum definition(int id, String kind, XWPFNumbering numbering) {
        StringBuilder xml = new StringBuilder("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:abstractNum w:abstractNumId=\"" + id + "\"><w:multiLevelType w:val=\"multilevel\"/>");
        String[] bullets = {"\u2022", "\u2013", "\u25E6"};
        String delimiter = kind.length() > 1 && !kind.equals("bullet") ? kind.substring(1) : ".";
        String first = switch (kind.substring(0, 1)) {
            case "a" -> "lowerLetter";
            case "A" -> "upperLetter";
            case "i" -> "lowerRoman";
            case "I" -> "upperRoman";
            default -> "decimal";
        };
        String[] formats = {first, "lowerLetter", "lowerRoman"};
        boolean ordered = !kind.equals("bullet");
        for (int level = 0; level < 9; level++) {
            xml.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
                    .append(ordered ? formats[level % 3] : "bullet").append("\"/><w:lvlText w:val=\"")
                    .append(ordered ? marker(level, delimiter) : bullets[level % 3])
                    .append("\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"").append(ITEM_INDENT * (level + 1))
                    .append("\" w:hanging=\"360\"/></w:pPr></w:lvl>");
        }
        xml.append("</w:abstractNum></w:numbering>");
        try {
            return new XWPFAbstractNum(NumberingDocument.Factory.parse(xml.toString()).getNumbering().getAbstractNumArray(0),
                    numbering);
        } catch (XmlException e) {
            throw new IllegalStateException("the list definitions are Weft's own XML", e);
        }
    }
}
