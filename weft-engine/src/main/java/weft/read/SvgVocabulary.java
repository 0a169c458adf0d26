package weft.read;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names {@link SvgFigure} goes by: the SVG elements and attributes that draw, which it keeps; those that do not,
 * which it leaves out without a word; the elements it refuses, with why in words for the author.
 */
final class SvgVocabulary {

    private SvgVocabulary() {
    }

    static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "title", "desc", "switch",
            "a", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
            "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker", "image", "style",
            "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
            "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB",
            "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
            "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence");
    /** Elements left out with what they hold, silently: they do not draw. */
    static final Set<String> SILENT = Set.of("metadata");
    /** What an element Weft refuses is, for the author, by its name. */
    static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("foreignObject", "HTML (foreignObject), which the PDF and the Word document"
                    + " cannot draw: export the figure with its text as SVG text (or as a PNG)"),
            Map.entry("animate", "an animation, which a page on paper cannot show: remove it"),
            Map.entry("animateMotion", "an animation, which a page on paper cannot show: remove it"),
            Map.entry("animateTransform", "an animation, which a page on paper cannot show: remove it"),
            Map.entry("animateColor", "an animation, which a page on paper cannot show: remove it"),
            Map.entry("set", "an animation, which a page on paper cannot show: remove it"),
            Map.entry("font", "a font inside the SVG, which Weft does not take: convert the text to paths or"
                    + " use a font the reader has"),
            Map.entry("font-face", "a font inside the SVG, which Weft does not take: convert the text to paths"
                    + " or use a font the reader has"),
            Map.entry("feImage", "a filter drawing another picture (feImage), which Weft does not take"));

    static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "transform", "viewBox",
            "preserveAspectRatio", "x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx",
            "fy", "fr", "d", "points", "pathLength", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset",
            "method", "spacing", "side", "gradientUnits", "gradientTransform", "spreadMethod", "offset", "stop-color",
            "stop-opacity", "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits",
            "maskContentUnits", "clip-path", "clip-rule", "mask", "markerUnits", "markerWidth", "markerHeight", "refX",
            "refY", "orient", "marker-start", "marker-mid", "marker-end", "marker", "filterUnits", "primitiveUnits", "filter",
            "in", "in2", "result", "stdDeviation", "mode", "type", "values", "operator", "k1", "k2", "k3", "k4", "order",
            "kernelMatrix", "divisor", "bias", "targetX", "targetY", "edgeMode", "kernelUnitLength", "preserveAlpha",
            "surfaceScale", "diffuseConstant", "specularConstant", "specularExponent", "lighting-color", "azimuth",
            "elevation", "z", "pointsAtX", "pointsAtY", "pointsAtZ", "limitingConeAngle", "scale", "xChannelSelector",
            "yChannelSelector", "flood-color", "flood-opacity", "tableValues", "slope", "intercept", "amplitude",
            "exponent", "baseFrequency", "numOctaves", "seed", "stitchTiles", "radius", "color-interpolation-filters",
            "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
            "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity", "color", "display",
            "visibility", "overflow", "font", "font-family", "font-size", "font-style", "font-weight", "font-variant",
            "font-stretch", "font-size-adjust", "text-anchor", "text-decoration", "dominant-baseline",
            "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing", "writing-mode", "direction",
            "unicode-bidi", "color-interpolation", "color-rendering", "shape-rendering", "text-rendering",
            "image-rendering", "paint-order", "vector-effect", "mix-blend-mode", "isolation", "clip",
            "enable-background", "glyph-orientation-vertical", "glyph-orientation-horizontal", "kerning",
            "requiredExtensions", "systemLanguage", "media", "version", "baseProfile", "lang");
    /** Attributes that do not draw, left out silently: an editor's, a page's scripting and accessibility hooks. */
    static final Pattern SILENT_ATTRIBUTE = Pattern.compile("data-.*|aria-.*|role|focusable|tabindex|"
            + "contentScriptType|contentStyleType|zoomAndPan|externalResourcesRequired|xmlns.*|target|pointer-events|"
            + "cursor|content|requiredFeatures");
    // requiredFeatures: SVG 2 dropped it and browsers take every feature as supported; Batik checks it against the
    // features it knows, so a feature it does not know would make it draw another branch of a <switch> than the browser.
    // content: draw.io's own copy of the diagram (with the editor's name and the time it was saved), which does not draw.
}
