package weft.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.CodeNode;
import weft.model.ProseSection;
import weft.model.Quote;
import weft.model.Study;
import weft.model.Text;
import weft.publish.OutputNames;

/**
 * The characters of the article (its web page's text, which the PDF prints) that the PDF's fonts have no glyph for. openhtmltopdf prints {@code #} in their
 * place without a word (a quote in Japanese became "###############"), and Batik a box in the figure; so the build says
 * so, where the study has the text: a quote's, a node's, a prose file's line and column. A character counts as printable
 * when DejaVu Serif's or DejaVu Sans's regular face has it: whatever family a text is set in, a character its fonts
 * lack is set in them (they are the PDF's last fallbacks, see {@link PdfFonts.Fallbacks}), emboldened or slanted.
 */
final class MissingGlyphs {

    /** At most this many warnings; the rest are counted in one more. */
    private static final int MOST = 20;
    /** Below this code point DejaVu has every letter (Latin, Latin-1, Latin Extended-A and -B): no face is asked. */
    private static final int ALWAYS_PRINTED = 0x250;

    /** The character maps of the faces text is set in, read once per JVM from the jar's bytes by PDFBox's fontbox. */
    private static final class Faces {
        static final List<CmapLookup> FALLBACKS = PdfFonts.FALLBACK_FACES.stream().map(Faces::cmap).toList();

        private static CmapLookup cmap(String file) {
            try (TrueTypeFont font = PdfFonts.parse(PdfFonts.bytes(file))) {
                return font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + file, e);
            }
        }
    }

    /** Whether each code point asked about so far is printed: a constant of the fonts, kept for the JVM's life. */
    private static final Map<Integer, Boolean> PRINTED = new ConcurrentHashMap<>();

    private MissingGlyphs() {
    }

    /**
     * Warns of every text of {@code html} (the article's web page) with characters the PDF cannot print: that DejaVu
     * lacks and none of the study's {@code fonts} has; and of Arabic words whose joined forms (the presentation forms
     * the PDF draws, see {@link ArabicLetters}) no font has, which the PDF sets with their letters apart.
     */
    static void check(String html, Study study, StudyFonts fonts, Diagnostics diagnostics) {
        IntPredicate printed = cp -> printed(cp) || fonts.forCodePoint(cp).isPresent();
        boolean arabic = ArabicLetters.has(html);
        if (!arabic && html.codePoints().allMatch(printed) && html.codePoints().noneMatch(MissingGlyphs::shapedByTheFont)) {
            return; // the common case, markup included: no need to parse the page
        }
        Document doc = Jsoup.parse(html);
        Set<String> runs = new LinkedHashSet<>(); // each text run that cannot be printed, in document order
        Set<String> unjoined = new LinkedHashSet<>(); // each Arabic word printed with its letters apart
        Set<String> unshaped = new LinkedHashSet<>(); // each passage in a script the PDF does not shape
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && drawn(text)) {
                runs.addAll(unprinted(text.getWholeText(), printed));
                if (arabic) {
                    unjoined.addAll(unjoined(text.getWholeText(), printed, fonts));
                }
                unshaped.addAll(passages(SHAPED_BY_THE_FONT, text.getWholeText(), printed));
            }
        }, doc);
        report(runs, study, diagnostics, (first, more) -> "the PDF's fonts have no glyph for '" + shown(first) + "' ("
                + codes(first, printed) + ")" + (more > 0 ? " and " + more + " more of this text" : "")
                + ": the PDF prints # in their place. Its fonts, DejaVu Serif and Sans, cover the Latin, Greek, Cyrillic,"
                + " Armenian, Georgian, Hebrew and Arabic scripts; for others put a font that has them in "
                + StudyFonts.DIR + "/ (a .ttf or .otf file licensed for embedding)"
                + (fonts.isEmpty() ? "" : ", as the study's fonts there lack"
                + " these") + ". The web page, the evidence site and the Word document's text show it as it is",
                " characters the PDF's fonts cannot print");
        report(unjoined, study, diagnostics, (first, more) -> "the PDF sets '" + shown(first) + "'"
                + (more > 0 ? " and " + more + " more Arabic passages of this text" : "") + " with its letters apart: the"
                + " font that has the Arabic letters lacks their joined forms ("
                + codes(ArabicLetters.join(first), drawnBy(first, fonts, printed)) + "), which the PDF draws; put a font"
                + " that has the Arabic presentation forms in " + StudyFonts.DIR
                + "/ (DejaVu Sans, Amiri and KacstOne have them)", " Arabic words the PDF sets with their letters apart");
        report(unshaped, study, diagnostics, (first, more) -> "the PDF sets '" + shown(first) + "'"
                + (more > 0 ? " and " + more + " more passages of this text" : "") + " without the rules of its script ("
                + scriptName(first) + "), which its font holds and the PDF does not apply: vowel signs and conjuncts"
                + " stand as separate letters. The web page, the evidence site and the Word document's text show it"
                + " as written", " passages the PDF sets without the rules of their script");
    }

    /**
     * The scripts whose letters a font's OpenType rules (GSUB, GPOS) reorder, join and place: the PDF, with GSUB off
     * (see {@link PdfFonts}), prints them letter by letter. Arabic is joined by ICU instead; Thai, Lao and the CJK
     * scripts read as their letters.
     */
    private static final Set<Character.UnicodeScript> SHAPED_SCRIPTS = java.util.EnumSet.of(
            Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI,
            Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL,
            Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM,
            Character.UnicodeScript.SINHALA, Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR,
            Character.UnicodeScript.TIBETAN, Character.UnicodeScript.SYRIAC, Character.UnicodeScript.MONGOLIAN,
            Character.UnicodeScript.NKO, Character.UnicodeScript.JAVANESE, Character.UnicodeScript.BALINESE);
    private static final String SHAPED_LETTERS = SHAPED_SCRIPTS.stream().map(script -> "\\p{Is" + script + "}")
            .collect(java.util.stream.Collectors.joining("", "[", "]"));
    private static final Pattern SHAPED_BY_THE_FONT = Pattern.compile(SHAPED_LETTERS + "+(?:\\s+" + SHAPED_LETTERS + "+)*");
    /** The pattern of passages in the scripts the font shapes (for a test). */
    static Pattern shapedPassages() {
        return SHAPED_BY_THE_FONT;
    }

    /** Below Syriac's first letter no script of {@link #SHAPED_SCRIPTS} has one. */
    private static final int FIRST_SHAPED = 0x0700;

    /**
     * Whether a character is a letter of a script the font shapes: what {@link #SHAPED_BY_THE_FONT} finds, without its 18
     * lookups of a character's script (the common page, all Latin, is then one comparison a character).
     */
    static boolean shapedByTheFont(int cp) {
        return cp >= FIRST_SHAPED && SHAPED_SCRIPTS.contains(Character.UnicodeScript.of(cp));
    }

    /** The passages of a text that {@code pattern} finds and the fonts print (else they are reported as unprinted). */
    private static List<String> passages(Pattern pattern, String text, IntPredicate printed) {
        List<String> found = new ArrayList<>();
        Matcher passage = pattern.matcher(text);
        while (passage.find()) {
            if (passage.group().codePoints().allMatch(printed)) {
                found.add(passage.group());
            }
        }
        return found;
    }

    /** The script of a passage's first letter, as Unicode names it, in title case ("Devanagari"). */
    private static String scriptName(String passage) {
        String name = Character.UnicodeScript.of(passage.codePointAt(0)).name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * One warning for each place the study has runs at, with the first run quoted and the rest counted, until MOST
     * places are found: finding one searches the study, and a study in another script may have thousands of such texts.
     */
    private static void report(Set<String> runs, Study study, Diagnostics diagnostics,
                               java.util.function.BiFunction<String, Integer, String> message, String rest) {
        Map<SourcePosition, List<String>> bySource = new LinkedHashMap<>();
        int left = 0;
        for (String run : runs) {
            SourcePosition at = bySource.size() < MOST ? source(run, study) : null;
            if (at != null && (bySource.containsKey(at) || bySource.size() < MOST)) {
                bySource.computeIfAbsent(at, key -> new ArrayList<>()).add(run);
            } else {
                left++;
            }
        }
        for (Map.Entry<SourcePosition, List<String>> entry : bySource.entrySet()) {
            diagnostics.warning(entry.getKey(), message.apply(entry.getValue().get(0), entry.getValue().size() - 1));
        }
        if (left > 0) {
            diagnostics.warning(SourcePosition.ofFile(OutputNames.PDF), left + (left == 1 ? " more passage has" : " more passages have")
                    + rest);
        }
    }

    /**
     * The Arabic passages of a text whose letters the fonts have but whose joined forms the font that sets them lacks:
     * the first of the study's fonts that has their letters, else DejaVu Sans (the PDF looks no further for the forms).
     */
    private static List<String> unjoined(String text, IntPredicate printed, StudyFonts fonts) {
        return passages(ARABIC_WORD, text, printed).stream()
                .filter(letters -> !ArabicLetters.join(letters).codePoints().allMatch(drawnBy(letters, fonts, printed)))
                .toList();
    }

    /** What the font that sets an Arabic passage's letters has (blanks aside). */
    private static IntPredicate drawnBy(String letters, StudyFonts fonts, IntPredicate printed) {
        return fonts.forCodePoint(letters.codePointAt(0))
                .<IntPredicate>map(f -> cp -> f.has(cp) || Character.isWhitespace(cp)).orElse(printed);
    }

    /** Arabic words with the spaces between them: a passage, reported once. */
    private static final Pattern ARABIC_WORD = Pattern.compile("\\p{IsArabic}+(?:\\s+\\p{IsArabic}+)*");

    /** A run as the warning quotes it: its first 40 characters, then an ellipsis. */
    private static String shown(String run) {
        return run.codePointCount(0, run.length()) <= 40 ? run : run.substring(0, run.offsetByCodePoints(0, 40)) + "\u2026";
    }

    /** Whether a text node is printed: not the page's head or scripts, nor an SVG's title or description (not drawn). */
    private static boolean drawn(TextNode text) {
        for (Element e = text.parent(); e != null; e = e.parent()) {
            String name = e.normalName();
            if (name.equals("head") || name.equals("title") || name.equals("desc") || name.equals("style")
                    || name.equals("script")) {
                return false;
            }
        }
        return true;
    }

    /** The runs of a text that cannot be printed: characters the fonts lack, with the spaces between them. */
    static List<String> unprinted(String text) {
        return unprinted(text, MissingGlyphs::printed);
    }

    private static List<String> unprinted(String text, IntPredicate printed) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            if (!printed.test(cp)) {
                start = start < 0 ? i : start;
                end = i + Character.charCount(cp);
            } else if (start >= 0 && !Character.isWhitespace(cp)) {
                runs.add(text.substring(start, end));
                start = -1;
            }
        }
        if (start >= 0) {
            runs.add(text.substring(start, end));
        }
        return runs;
    }

    /**
     * Whether DejaVu prints a character. Invisible ones (spaces, joiners, direction marks) are never drawn as
     * {@code #}: they count as printed.
     */
    static boolean printed(int cp) {
        if (cp < ALWAYS_PRINTED || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.CONTROL) {
            return true;
        }
        return PRINTED.computeIfAbsent(cp, c -> Faces.FALLBACKS.stream().anyMatch(f -> f.getGlyphId(c) > 0));
    }

    private static String codes(String run, IntPredicate printed) {
        StringBuilder out = new StringBuilder();
        run.codePoints().filter(cp -> !printed.test(cp)).distinct().limit(3)
                .forEach(cp -> out.append(out.length() == 0 ? "" : ", ").append(String.format("U+%04X", cp)));
        long more = run.codePoints().filter(cp -> !printed.test(cp)).distinct().count() - 3;
        return more > 0 ? out + " and " + more + " more" : out.toString();
    }

    /** Where the study has a text: a quote's, a node's or a prose file's position; else the PDF itself. */
    private static SourcePosition source(String run, Study study) {
        for (Quote q : study.quotes()) {
            int at = q.text().indexOf(run);
            if (at >= 0) {
                return q.textAt().at(q.text(), at);
            }
            if (q.original().isPresent() && q.original().get().text().contains(run)) {
                return q.position();
            }
            int reduced = q.reduced().map(r -> r.content().indexOf(run)).orElse(-1);
            if (reduced >= 0) { // the evidence PDF prints it
                return q.reduced().get().positionAt(reduced);
            }
        }
        Optional<SourcePosition> node = node(run, study.frame().roots());
        if (node.isPresent()) {
            return node.get();
        }
        for (ProseSection s : study.sections()) {
            Text body = s.body();
            int at = body.content().indexOf(run);
            if (at >= 0) {
                return body.positionAt(at);
            }
            if (s.title().contains(run)) {
                return new SourcePosition(s.path(), 1, 1);
            }
        }
        return SourcePosition.ofFile(OutputNames.PDF);
    }

    private static Optional<SourcePosition> node(String run, List<CodeNode> nodes) {
        for (CodeNode n : nodes) {
            if (n.label().contains(run) || n.description().contains(run)) {
                return Optional.of(n.position());
            }
            if (n.narrative().isPresent() && n.narrative().get().content().contains(run)) {
                Text narrative = n.narrative().get();
                return Optional.of(narrative.positionAt(narrative.content().indexOf(run)));
            }
            Optional<SourcePosition> below = node(run, n.children());
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }
}
