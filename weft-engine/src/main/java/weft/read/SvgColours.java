package weft.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours written in CSS's later forms, which browsers draw and Batik (SVG 1.1's colours, which the PDF's drawing
 * follows) refuses: {@code transparent} (Graphviz's), {@code rgba()} and {@code hsla()}, {@code hsl()}, {@code #rgba}
 * and {@code #rrggbbaa}, {@code rgb()} with spaces, {@code light-dark()} (draw.io's: the light scheme's colour, as on
 * paper). Each is written as SVG 1.1 has it: the
 * colour as {@code #rrggbb}, its transparency as the property's opacity ({@code fill-opacity}, {@code stroke-opacity},
 * {@code stop-opacity}, {@code flood-opacity}), multiplied into one the element gives; a fully transparent fill or
 * stroke as {@code none}. The drawing is the same.
 */
final class SvgColours {

    /** The colour properties, with the opacity that carries their transparency (empty: none does). */
    static final Map<String, String> OPACITY = Map.of("fill", "fill-opacity", "stroke", "stroke-opacity",
            "stop-color", "stop-opacity", "flood-color", "flood-opacity", "lighting-color", "", "color", "");

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{4}|[0-9a-fA-F]{8})");
    private static final Pattern FUNCTION = Pattern.compile("(rgba?|hsla?)\\(\\s*([^)]*)\\)", Pattern.CASE_INSENSITIVE);

    private SvgColours() {
    }

    /** A colour as {@code #rrggbb} and its alpha, from 0 to 1. */
    record Colour(String rgb, double alpha) {
    }

    /** The colour {@code value} is, when it is written in a form Batik does not read; empty otherwise. */
    static Optional<Colour> later(String value) {
        String v = value.strip();
        if (v.regionMatches(true, 0, "light-dark(", 0, 11) && v.endsWith(")")) { // draw.io's: the light scheme's colour
            String light = firstArgument(v.substring(11, v.length() - 1));
            return Optional.of(later(light).orElse(new Colour(light, 1)));
        }
        if (v.equalsIgnoreCase("transparent")) {
            return Optional.of(new Colour("#000000", 0));
        }
        if (HEX.matcher(v).matches()) {
            String h = v.substring(1);
            if (h.length() == 4) {
                h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2) + h.charAt(3) + h.charAt(3);
            }
            return Optional.of(new Colour("#" + h.substring(0, 6).toLowerCase(Locale.ROOT),
                    Integer.parseInt(h.substring(6), 16) / 255.0));
        }
        Matcher f = FUNCTION.matcher(v);
        if (!f.matches()) {
            return Optional.empty();
        }
        String[] parts = f.group(2).strip().split("\\s*[,/]\\s*|\\s+");
        if (parts.length < 3 || parts.length > 4) {
            return Optional.empty();
        }
        try {
            double alpha = parts.length == 4 ? fraction(parts[3], 1) : 1;
            int[] rgb = f.group(1).toLowerCase(Locale.ROOT).startsWith("rgb")
                    ? new int[] {channel(parts[0]), channel(parts[1]), channel(parts[2])}
                    : hsl(hue(parts[0]), fraction(parts[1], 100), fraction(parts[2], 100));
            return Optional.of(new Colour(String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]),
                    Math.max(0, Math.min(1, alpha))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The declarations of a style ({@code fill: rgba(0,0,0,.5); stroke: red}) with their colours written as SVG 1.1 has
     * them; the text as it was when none needs it.
     */
    static String declarations(String css) {
        Map<String, String> declared = new LinkedHashMap<>();
        for (String declaration : css.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                if (!declaration.isBlank()) {
                    return css; // not a list of declarations Weft can read: left as it is, for Batik to judge
                }
                continue;
            }
            declared.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
        }
        Map<String, String> written = new LinkedHashMap<>(declared);
        if (!apply(written)) {
            return css;
        }
        StringBuilder out = new StringBuilder();
        written.forEach((property, value) -> out.append(out.length() == 0 ? "" : "; ").append(property).append(": ").append(value));
        return out.toString();
    }

    /**
     * Writes the colours of {@code properties} (a property's name to its value, in order) as SVG 1.1 has them, in
     * place; whether any was.
     */
    static boolean apply(Map<String, String> properties) {
        boolean changed = false;
        for (Map.Entry<String, String> colour : new java.util.ArrayList<>(properties.entrySet())) {
            String opacity = OPACITY.get(colour.getKey());
            if (opacity == null) {
                continue;
            }
            Optional<Colour> later = later(colour.getValue());
            if (later.isEmpty()) {
                continue;
            }
            changed = true;
            Colour c = later.get();
            boolean paint = colour.getKey().equals("fill") || colour.getKey().equals("stroke");
            properties.put(colour.getKey(), paint && c.alpha() == 0 ? "none" : c.rgb());
            if (c.alpha() < 1 && !opacity.isEmpty() && !(paint && c.alpha() == 0)) {
                double given = 1;
                try {
                    given = properties.containsKey(opacity) ? Double.parseDouble(properties.get(opacity).strip()) : 1;
                } catch (NumberFormatException e) {
                    given = 1;
                }
                properties.put(opacity, number(given * c.alpha()));
            }
        }
        return changed;
    }

    /** The first of a function's arguments, up to its first comma outside brackets. */
    private static String firstArgument(String arguments) {
        int depth = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return arguments.substring(0, i).strip();
            }
        }
        return arguments.strip();
    }

    private static int channel(String s) {
        double v = s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1)) * 255 / 100 : Double.parseDouble(s);
        return (int) Math.round(Math.max(0, Math.min(255, v)));
    }

    /** A share from 0 to 1: {@code 50%} or {@code 0.5} (a number over {@code scale}'s share when it is not a percentage). */
    private static double fraction(String s, double scale) {
        if (s.endsWith("%")) {
            return Double.parseDouble(s.substring(0, s.length() - 1)) / 100;
        }
        return Double.parseDouble(s) / scale;
    }

    private static double hue(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        double h = t.endsWith("deg") ? Double.parseDouble(t.substring(0, t.length() - 3)) : Double.parseDouble(t);
        return ((h % 360) + 360) % 360;
    }

    /** HSL to RGB, as CSS Color 3 defines it. */
    private static int[] hsl(double h, double s, double l) {
        s = Math.max(0, Math.min(1, s));
        l = Math.max(0, Math.min(1, l));
        double m2 = l <= 0.5 ? l * (s + 1) : l + s - l * s;
        double m1 = l * 2 - m2;
        return new int[] {(int) Math.round(255 * hueToRgb(m1, m2, h / 360 + 1.0 / 3)),
                (int) Math.round(255 * hueToRgb(m1, m2, h / 360)), (int) Math.round(255 * hueToRgb(m1, m2, h / 360 - 1.0 / 3))};
    }

    private static double hueToRgb(double m1, double m2, double h) {
        if (h < 0) {
            h += 1;
        }
        if (h > 1) {
            h -= 1;
        }
        if (h * 6 < 1) {
            return m1 + (m2 - m1) * h * 6;
        }
        if (h * 2 < 1) {
            return m2;
        }
        if (h * 3 < 2) {
            return m1 + (m2 - m1) * (2.0 / 3 - h) * 6;
        }
        return m1;
    }

    private static String number(double n) {
        BigDecimal d = BigDecimal.valueOf(n).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
