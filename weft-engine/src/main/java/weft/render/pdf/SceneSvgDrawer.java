package weft.render.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.simple.extend.ReplacedElementScaleHelper;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import weft.render.figure.Scene;

/**
 * The PDF's SVG. Weft's own figures (the coding frame's tree: an {@code svg} of class {@code tree-figure} whose title
 * is a {@link Scene}'s of the document) are painted from their marks by {@link ScenePainter}, their words as text in
 * the PDF's embedded faces, so that they can be selected, searched and read in the text layer, as the web page's can;
 * any other SVG (a drawing of the prose) is drawn by Batik, as openhtmltopdf does, which is loaded only when a
 * document has one. Either is sized by the print CSS as any SVG is ({@code figure svg}: fitted to the text block and
 * the page), the figure's box scaled uniformly, and tagged as a Figure with the {@code alt} the print document gives it.
 */
final class SceneSvgDrawer implements SVGDrawer {

    private final Map<String, Scene> scenes;
    private final StudyFonts fonts;
    private SVGDrawer batik;
    private List<FontFaceRule> fontFaces;
    private SharedContext shared;
    private UserAgentCallback userAgent;

    /** A drawer of the {@code scenes} by their ids (the SVG's title is {@code id-title}); of other SVG by Batik. */
    SceneSvgDrawer(Map<String, Scene> scenes, StudyFonts fonts) {
        this.scenes = Map.copyOf(scenes);
        this.fonts = fonts;
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight,
                                  double dotsPerPixel) {
        Scene scene = sceneOf(svg);
        if (scene != null) {
            return new SceneImage(scene, box, dotsPerPixel, new ScenePainter(fonts, ScenePainter.Words.TEXT));
        }
        return batik().buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
    }

    /** The scene {@code svg} was written from: one of the document's, of the same size; else null. */
    private Scene sceneOf(Element svg) {
        if (!(" " + svg.getAttribute("class") + " ").contains(" tree-figure ")) {
            return null;
        }
        String title = svg.getAttribute("aria-labelledby");
        Scene scene = title.endsWith("-title") ? scenes.get(title.substring(0, title.length() - "-title".length())) : null;
        boolean same = scene != null && svg.getAttribute("viewBox").equals("0 0 " + scene.width() + " " + scene.height());
        return same ? scene : null;
    }

    /** Batik's drawer, made when the first SVG that is not a scene needs it, told what openhtmltopdf told this one. */
    private SVGDrawer batik() {
        if (batik == null) {
            batik = SvgFonts.drawer(fonts);
            if (userAgent != null) {
                batik.withUserAgent(userAgent);
            }
            if (shared != null) {
                batik.importFontFaceRules(fontFaces, shared);
            }
        }
        return batik;
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        this.fontFaces = fontFaces;
        this.shared = shared;
        if (batik != null) {
            batik.importFontFaceRules(fontFaces, shared);
        }
    }

    @Override
    public void withUserAgent(UserAgentCallback userAgent) {
        this.userAgent = userAgent;
        if (batik != null) {
            batik.withUserAgent(userAgent);
        }
    }

    @Override
    public void addFontFile(File file, String family, Integer weight, BaseRendererBuilder.FontStyle style)
            throws IOException, FontFormatException {
        batik().addFontFile(file, family, weight, style);
    }

    @Override
    public void close() throws IOException {
        if (batik != null) {
            batik.close();
        }
    }

    /**
     * A scene as a replaced element: its size is its own, in CSS pixels, as an SVG's viewBox gives it; painted into the
     * content box layout gave it, scaled uniformly as openhtmltopdf scales Batik's drawing.
     */
    private record SceneImage(Scene scene, Box box, double dotsPerPixel, ScenePainter painter) implements SVGImage {

        @Override
        public int getIntrinsicWidth() {
            return (int) (scene.width() * dotsPerPixel);
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) (scene.height() * dotsPerPixel);
        }

        @Override
        public void drawSVG(OutputDevice device, RenderingContext ctx, double x, double y) {
            Rectangle content = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), ctx);
            AffineTransform scale = ReplacedElementScaleHelper.createScaleTransform(dotsPerPixel, content, scene.width(),
                    scene.height());
            device.drawWithGraphics((float) x, (float) y, (float) (content.width / dotsPerPixel),
                    (float) (content.height / dotsPerPixel), g -> {
                        if (scale != null) {
                            g.transform(scale);
                        }
                        painter.paint(scene, g);
                    });
        }
    }
}
