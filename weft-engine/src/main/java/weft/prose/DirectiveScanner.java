package weft.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diagnostics.SourcePosition;
import weft.model.Text;

/**
 * Finds directives in Markdown and replaces each by a placeholder made of private-use characters,
 * which Markdown leaves alone; the placeholders are filled after the Markdown is rendered, so that
 * nothing a directive inserts (quote text above all) is ever parsed as Markdown or HTML.
 */
final class DirectiveScanner {

    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    /**
     * {@code {{kind:argument|option}}}; a bracketed citation {@code [@key]}; or a bare cross-reference
     * {@code @sec-ID}, {@code @fig-ID}, {@code @tab-ID}, or a callout's {@code @nte-ID}, {@code @tip-ID}, {@code @imp-ID},
     * {@code @cau-ID}, {@code @wrn-ID} (Pandoc-crossref and Quarto syntax); or Quarto's {@code {{< meta title >}}}, the
     * document's metadata, which is study.yaml's: a {@code {{value:title}}}. An image's description in brackets
     * ({@code ![The plan, after @fig-map](…)}) is no bracketed citation: what it cites or refers to is read within it; nor
 * is a link's text ({@code [the study by @lee2019](https://…)}, {@code [see @fig-map][ref]}), whose citations and
 * cross-references are read within it and printed there as text (a link holds no link).
     * A cross-reference
     * must not follow a letter, digit, {@code @ . / - _} or a backslash (so e-mail addresses and {@code \@sec-x}
     * stay text), and its label is lower-case letters and digits joined by single hyphens. Every part is bounded in
     * length (far beyond any real directive or citation), and runs of white space are taken whole (possessive), so
     * that the scan stays linear on hostile text (a directive left open before thousands of blank lines).
     */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "\\{\\{\\s*+([a-z][a-z-]{0,40}+)(?:\\s*+:\\s*+([^|}]{0,300}?))?\\s*+(?:\\|([^}]{0,300}?))?\\s*+}}"
            + "|(?<!!)\\[((?:[^\\[\\]]{0,500}?)(?<![\\w.])-?@[\\p{L}\\p{N}_{][^\\[\\]]{0,1000})](?![(\\[])"
            + "|(?<![\\p{L}\\p{N}_@./\\\\-])@((?:" + CrossRefLabels.KINDS + "|" + CrossRefLabels.CAPITALISED_KINDS
            + ")-[a-z0-9]+(?:-[a-z0-9]+)*)(?![\\p{L}\\p{N}_]|-[a-z0-9])"
            + "|\\{\\{<\\s*+meta\\s++([\\p{L}\\p{N}_.-]{1,300}+)\\s*+>}}");
    /**
     * An item of a bracketed citation: a prefix, {@code -} (without the author), the key, and after it a comma and its
     * locator or suffix, or, as Pandoc also reads it, a locator after a space alone ({@code [@lee2019 p. 7]}: a page,
     * chapter, section … label and a number; other words after a space leave the brackets text, as a forum's
     * {@code [as @handle wrote]}).
     */
    private static final Pattern CITE_ITEM = Pattern.compile(
            "^(.*?)(-?)@(\\{[^{}]{1,300}}|[\\p{L}\\p{N}_][\\p{L}\\p{N}_:.#$%&+?<>~/-]*?)(?:,\\s*(.*)|\\s+((?i:pp?|pg|pages?|ch|chap|chapters?"
            + "|secs?|sections?|§§?|figs?|figures?|paras?|paragraphs?|¶¶?|vols?|volumes?|ll?|lines?|nn?|notes?|cols?|columns?)"
            + "\\.?\\s*\\d.*))?$");

    /**
     * A cross-reference in brackets, as Quarto writes one: {@code [-@fig-plan]} its number alone ("1"), {@code [Fig.
     * @fig-plan]} with words of its own before the number ("Fig. 1"), {@code [@fig-plan]} as {@code @fig-plan}.
     */
    private static final Pattern BRACKETED_REF = Pattern.compile(
            "(-|[^@\\[\\]\\n]{1,100}?\\s)?@((?:" + CrossRefLabels.KINDS + ")-[a-z0-9]+(?:-[a-z0-9]+)*)");
    /** The cross-reference {@code m}, a match of {@link #BRACKETED_REF}, stands for. */
    private static Directive bracketedRef(Matcher m, SourcePosition at, String source) {
        String before = m.group(1) == null ? "" : m.group(1);
        String option = before.equals("-") ? Directive.REF_NUMBER : before.isBlank() ? "" : Directive.REF_PREFIX + before.strip();
        return new Directive("ref", m.group(2), option, List.of(), at, source);
    }

    /** What follows a bare {@code @key} when it gives a locator: Pandoc's {@code @key [p. 4]}. */
    private static final Pattern IN_TEXT_LOCATOR = Pattern.compile(" ?\\[([^\\[\\]@\n]{1,300})]");

    record Scanned(String markdown, List<Directive> directives) {
    }

    static Scanned scan(Text text) {
        String src = text.content();
        Matcher m = DIRECTIVE.matcher(src);
        StringBuilder out = new StringBuilder();
        List<Directive> directives = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            Directive d;
            Matcher bracketed;
            if (m.group(6) != null) { // Quarto's metadata: study.yaml's
                d = new Directive("value", m.group(6), "", List.of(), text.positionAt(m.start()), m.group());
            } else if (m.group(5) != null) { // @Fig-plan, as a sentence begins: "Figure 1" capitalised
                boolean capital = Character.isUpperCase(m.group(5).charAt(0));
                d = new Directive("ref", capital ? Character.toLowerCase(m.group(5).charAt(0)) + m.group(5).substring(1)
                        : m.group(5), capital ? Directive.REF_CAPITAL : "", List.of(), text.positionAt(m.start()), m.group());
            } else if (m.group(4) != null && (bracketed = BRACKETED_REF.matcher(m.group(4))).matches()) {
                d = bracketedRef(bracketed, text.positionAt(m.start()), m.group());
            } else if (m.group(1) != null) {
                d = new Directive(m.group(1), m.group(2) == null ? "" : m.group(2).strip(),
                        m.group(3) == null ? "" : m.group(3).strip(), List.of(), text.positionAt(m.start()), m.group());
            } else {
                List<Directive.CiteItem> items = citeItems(m.group(4));
                if (items.isEmpty()) {
                    continue;
                }
                d = new Directive("cite", "", "", items, text.positionAt(m.start()), m.group());
            }
            inText(src, last, m.start(), text, out, directives);
            out.append(OPEN).append(directives.size()).append(CLOSE);
            directives.add(d);
            last = m.end();
        }
        inText(src, last, src.length(), text, out, directives);
        return new Scanned(out.toString(), List.copyOf(directives));
    }

    /**
     * Copies {@code src} between {@code from} and {@code to} (text between directives) to {@code out}, each bare
     * {@code @key} in it (Pandoc's citation with the author in the text, {@code @key [p. 4]} with a locator) as a
     * directive {@code cite-in-text}: whoever knows the bibliography prints it as a citation, or as written when the key
     * is no work's (a forum's {@code @handle}). The sentence's punctuation after a key is not part of it.
     */
    private static void inText(String src, int from, int to, Text text, StringBuilder out, List<Directive> into) {
        int at = src.indexOf('@', from);
        if (at < 0 || at >= to) {
            out.append(src, from, to);
            return;
        }
        Matcher m = BareKeys.PATTERN.matcher(src).region(from, to).useTransparentBounds(true);
        int last = from;
        while (m.find()) {
            BareKeys.Key written = BareKeys.of(m);
            String key = written.key();
            int end = written.end();
            String locator = "";
            Matcher bracket = IN_TEXT_LOCATOR.matcher(src).region(end, to);
            if (bracket.lookingAt()) {
                locator = bracket.group(1).strip();
                end = bracket.end();
            }
            out.append(src, last, m.start()).append(OPEN).append(into.size()).append(CLOSE);
            into.add(new Directive("cite-in-text", key, "", List.of(new Directive.CiteItem(key, "", locator, false)),
                    text.positionAt(m.start()), src.substring(m.start(), end)));
            last = end;
            if (end > m.end()) {
                m.region(end, to);
            }
        }
        out.append(src, last, to);
    }

    /** The items of a bracketed citation; empty when any part is not a citation (then it is plain text). */
    private static List<Directive.CiteItem> citeItems(String inside) {
        List<Directive.CiteItem> items = new ArrayList<>();
        for (String part : inside.split(";")) {
            Matcher item = CITE_ITEM.matcher(part.strip());
            if (!item.matches()) {
                return List.of();
            }
            String key = item.group(3);
            String locator = item.group(4) != null ? item.group(4).strip() : item.group(5) != null ? item.group(5).strip() : "";
            // a key may end in punctuation that belongs to the sentence; a key in braces is all they hold
            if (key.startsWith("{")) {
                key = key.substring(1, key.length() - 1);
            }
            while (!item.group(3).startsWith("{") && (key.endsWith(".") || key.endsWith(":"))) {
                key = key.substring(0, key.length() - 1);
            }
            items.add(new Directive.CiteItem(key, item.group(1).strip(), locator, !item.group(2).isEmpty()));
        }
        return items;
    }

    private DirectiveScanner() {
    }
}
