package weft.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The images a PDF draws, as a reader sees them: each with its pixels and the size it is drawn at on its page. */
public final class DrawnImages {

    /** An image drawn: its width and height in pixels, and in points on the page, and the page's width in points. */
    public record Drawn(int pixelWidth, int pixelHeight, float width, float height, float pageWidth) {
    }

    private DrawnImages() {
    }

    public static List<Drawn> of(PDDocument document) throws IOException {
        List<Drawn> drawn = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            new PDFStreamEngine() {
                {
                    addOperator(new Concatenate(this));
                    addOperator(new Save(this));
                    addOperator(new Restore(this));
                    addOperator(new SetMatrix(this));
                }

                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    if (operator.getName().equals("Do") && getResources().getXObject((COSName) operands.get(0))
                            instanceof PDImageXObject image) {
                        var m = getGraphicsState().getCurrentTransformationMatrix();
                        drawn.add(new Drawn(image.getWidth(), image.getHeight(), m.getScalingFactorX(), m.getScalingFactorY(),
                                page.getMediaBox().getWidth()));
                    }
                    super.processOperator(operator, operands);
                }
            }.processPage(page);
        }
        return drawn;
    }
}
