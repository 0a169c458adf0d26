package weft.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * The numbering definitions of the document's lists: one for bulleted and one for numbered lists, nine levels each;
 * every numbered list starts again at 1.
 */
final class DocxLists {

    private final XWPFNumbering numbering;
    private final BigInteger bullets;
    private final BigInteger numbers;

    private DocxLists(XWPFNumbering numbering, BigInteger bullets, BigInteger numbers) {
        this.numbering = numbering;
        this.bullets = bullets;
        this.numbers = numbers;
    }

    /** The two definitions, in the numbering part of {@code doc}. */
    static DocxLists of(XWPFDocument doc) {
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger bullets = numbering.addAbstractNum(definition(0, false, numbering));
        BigInteger numbers = numbering.addAbstractNum(definition(1, true, numbering));
        return new DocxLists(numbering, bullets, numbers);
    }

    /** A new list: its numbering instance. */
    BigInteger start(boolean ordered) {
        BigInteger num = numbering.addNum(ordered ? numbers : bullets);
        if (ordered) {
            CTNumLvl restart = numbering.getNum(num).getCTNum().addNewLvlOverride();
            restart.setIlvl(BigInteger.ZERO);
            restart.addNewStartOverride().setVal(BigInteger.ONE);
        }
        return num;
    }

    private static XWPFAbstractNum definition(int id, boolean ordered, XWPFNumbering numbering) {
        StringBuilder xml = new StringBuilder("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:abstractNum w:abstractNumId=\"" + id + "\"><w:multiLevelType w:val=\"multilevel\"/>");
        String[] bullets = {"\u2022", "\u2013", "\u25E6"};
        String[] formats = {"decimal", "lowerLetter", "lowerRoman"};
        for (int level = 0; level < 9; level++) {
            xml.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
                    .append(ordered ? formats[level % 3] : "bullet").append("\"/><w:lvlText w:val=\"")
                    .append(ordered ? "%" + (level + 1) + "." : bullets[level % 3])
                    .append("\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"").append(720 * (level + 1))
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
