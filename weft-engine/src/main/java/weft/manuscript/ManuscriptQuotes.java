package weft.manuscript;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.model.Excerpt;
import weft.read.ProjectFiles;

/**
 * The participants' words a manuscript typed as block quotations, found among the study's coded quotes: a block
 * quotation whose words are all of one quote's ({@code > We cook on Sundays.}, an attribution typed after it, "(P3)",
 * aside) becomes {@code {{quote:ID}}}, which prints the quote linked to its evidence, so that a reviewer can follow
 * it. An excerpt of a quote (cuts marked "…" or "[…]", or words left off) stays as typed, as the directive would print
 * the whole quote, the words the author cut with it (perhaps to keep a participant from being known), unless the quote
 * has that excerpt as the one the article prints ({@code excerpt:}, which the directive prints); so does a block
 * quotation that is no quote's, or several quotes'. The import's report says which is which. The comparison ignores
 * case, quotation marks, white space and Markdown's escapes; fewer than twelve letters are never matched.
 */
final class ManuscriptQuotes {

    /**
     * A study's coded quote: its words, whether the article may present it, the excerpt the article prints (empty for
     * none) and the file it is in (for the report).
     */
    record Quote(String id, String text, boolean presented, String excerpt, String file) {

        Quote(String id, String text, boolean presented) {
            this(id, text, presented, "", ProjectFiles.QUOTES_DIR + "/quotes.yaml");
        }
    }

    private static final Pattern BLOCK_LINE = Pattern.compile("^ {0,3}> ?(.*)$");
    /** A cut in an excerpt: "…", "...", "[…]", "(...)". */
    private static final Pattern CUT = Pattern.compile("[\\[(]?\\s*(?:\u2026|\\.\\.\\.)\\s*[\\])]?");
    /** An attribution typed after the words: "(P3)", "[Participant 4]", "— Anna, 34". */
    private static final Pattern ATTRIBUTION = Pattern.compile("\\s*(?:[(\\[][^()\\[\\]\\n]{1,40}[)\\]]|[\u2014\u2013-]{1,2}\\s*[^\u2014\u2013\\n]{1,40})\\s*$");
    private static final int LEAST = 12;
    /** A quotation in the text: between curly double quotation marks, straight ones, guillemets or German marks. */
    private static final Pattern QUOTED = Pattern.compile("\u201c([^\u201c\u201d]{1,2000}?)\u201d|(?<![\\p{L}\\p{N}\\\\])\"([^\"]{1,2000}?)\""
            + "|\u00ab\\s?([^\u00ab\u00bb]{1,2000}?)\\s?\u00bb|\u201e([^\u201e\u201c]{1,2000}?)\u201c");

    private final List<Quote> quotes;
    private final List<String> report = new ArrayList<>();
    private int unknown;

    private ManuscriptQuotes(List<Quote> quotes) {
        this.quotes = quotes;
    }

    /** These quotes. */
    static ManuscriptQuotes of(List<Quote> quotes) {
        return new ManuscriptQuotes(List.copyOf(quotes));
    }

    /** The study's quotes, as its quote files hold them; none where it has none (a file the build cannot read is skipped). */
    static ManuscriptQuotes of(Path project) {
        List<Quote> quotes = new ArrayList<>();
        for (CodedData.File file : CodedData.files(project.resolve(ProjectFiles.QUOTES_DIR), ".*\\.yaml")) {
            for (JsonNode q : file.tree().path("quotes")) {
                if (q.path("id").isTextual() && q.path("text").isTextual()) {
                    quotes.add(new Quote(q.get("id").asText(), q.get("text").asText(), q.path("presented").asBoolean(false),
                            q.path("excerpt").isTextual() ? q.get("excerpt").asText() : "",
                            ProjectFiles.QUOTES_DIR + "/" + file.name()));
                }
            }
        }
        return new ManuscriptQuotes(List.copyOf(quotes));
    }

    /**
     * {@code text} of content/'s file {@code file}, each block quotation, and each quotation in the text between quotation
     * marks, that is all of one quote's words written as that quote.
     */
    String link(String text, String file) {
        return quotes.isEmpty() ? text : inText(blocks(text, file), file);
    }

    /** The quotations between quotation marks in the text (not in code) that are all of one quote's words, as that quote. */
    private String inText(String text, String file) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        StringBuilder prose = new StringBuilder();
        BitSet code = CodeLines.of(text);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i] + (i + 1 < lines.length ? "\n" : "");
            if (code.get(i)) {
                out.append(marked(prose.toString(), file)).append(line);
                prose.setLength(0);
            } else {
                prose.append(line);
            }
        }
        return out.append(marked(prose.toString(), file)).toString();
    }

    /** {@code prose} with each quotation in quotation marks that is one quote's words written as that quote. */
    private String marked(String prose, String file) {
        Matcher m = QUOTED.matcher(prose);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String words = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            Found found = matching(words);
            if (found.whole().size() == 1) {
                Quote q = found.whole().get(0);
                report.add("  " + file + ": a quotation in the text is quote '" + q.id() + "' of the coding, now {{quote:"
                        + q.id() + "}}, linked to its evidence" + (q.presented() ? "" : "; mark the quote presented: true (it"
                        + " is evidence only)"));
                out.append(prose, last, m.start()).append("{{quote:").append(q.id()).append("}}");
                last = m.end();
            }
        }
        return out.append(prose.substring(last)).toString();
    }

    /** Each block quotation of {@code text} that is all of one quote's words, as that quote. */
    private String blocks(String text, String file) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        BitSet code = CodeLines.of(text);
        for (int i = 0; i < lines.length; i++) {
            Matcher block = BLOCK_LINE.matcher(lines[i]);
            boolean starts = !code.get(i) && block.matches() && (i == 0 || lines[i - 1].isBlank());
            int end = i;
            List<String> words = new ArrayList<>();
            while (starts && end < lines.length && BLOCK_LINE.matcher(lines[end]).matches()) {
                Matcher m = BLOCK_LINE.matcher(lines[end]);
                m.matches();
                words.add(m.group(1));
                end++;
            }
            boolean last = end == lines.length || lines[end].isBlank();
            String id = starts && last ? match(String.join(" ", words), file) : null;
            if (id != null) {
                out.append("{{quote:").append(id).append("}}\n");
                i = end - 1;
            } else {
                out.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
            }
        }
        return out.toString();
    }

    /** The report's lines: each quotation linked, and those that are none of the coding's quotes. */
    List<String> report() {
        List<String> lines = new ArrayList<>(report);
        if (unknown > 0) {
            lines.add(unknown + " block quotation" + (unknown == 1 ? " is" : "s are") + " none of the coding's quotes: left as"
                    + " typed, linked to no evidence (a quote's words that differ from the coding's, or a quote not yet imported)");
        }
        return lines;
    }

    /** The id of the one quote whose words {@code typed} are, all of them, else null (said in the report). */
    private String match(String typed, String file) {
        Found found = matching(typed);
        String attribution = "";
        if (found.whole().isEmpty()) {
            Matcher m = ATTRIBUTION.matcher(typed);
            if (m.find() && m.start() > 0) {
                Found without = matching(typed.substring(0, m.start()));
                if (!without.whole().isEmpty() || found.excerptOf().isEmpty()) {
                    attribution = m.group().strip();
                    found = without;
                }
            }
        }
        if (found.whole().size() == 1) {
            Quote q = found.whole().get(0);
            report.add("  " + file + ": a block quotation is quote '" + q.id() + "' of the coding, now {{quote:" + q.id()
                    + "}}, linked to its evidence" + (attribution.isEmpty() ? "" : "; the attribution typed after it ('"
                    + attribution + "') is left out, as Weft prints the quote's participant")
                    + (q.presented() ? "" : "; mark the quote presented: true (it is evidence only)"));
            return q.id();
        }
        if (found.whole().size() > 1) {
            report.add("  " + file + ": a block quotation is the words of " + found.whole().size() + " quotes of the coding ("
                    + String.join(", ", found.whole().stream().map(Quote::id).toList()) + "): left as typed; write the one it"
                    + " is as {{quote:ID}}");
            return null;
        }
        if (found.excerptOf().size() == 1 && !found.excerptOf().get(0).excerpt().isEmpty()) {
            Quote q = found.excerptOf().get(0);
            report.add("  " + file + ": a block quotation is words of quote '" + q.id() + "' of the coding, but not the excerpt"
                    + " the article prints of it (its excerpt: in " + q.file() + "): left as typed; where the two are the"
                    + " same words, it is linked");
            return null;
        }
        if (!found.excerptOf().isEmpty()) {
            // {{quote:ID}} prints the whole quote: the words the author cut (to be brief, or not to identify anyone) with it
            report.add("  " + file + ": a block quotation is an excerpt of quote" + (found.excerptOf().size() == 1 ? " '" : "s '")
                    + String.join("', '", found.excerptOf().stream().map(Quote::id).toList()) + "' of the coding: left as"
                    + " typed, as {{quote:ID}} would print the whole quote, the words cut from it too" + (found.excerptOf().size() > 1
                    ? "" : "; to link it, give the quote these words as the excerpt the article prints (excerpt: "
                    + yamlQuoted(excerptTyped(typed)) + " in " + found.excerptOf().get(0).file() + "), then import again"));
            return null;
        }
        unknown++;
        return null;
    }

    /**
     * The words of a typed excerpt as its quote's {@code excerpt:} would hold them: without an attribution after them,
     * Markdown's escapes and emphasis, and the quotation marks around them (the article sets its own).
     */
    private static String excerptTyped(String typed) {
        Matcher m = ATTRIBUTION.matcher(typed);
        String words = m.find() && m.start() > 0 && !CUT.matcher(m.group().strip()).matches()
                ? typed.substring(0, m.start()) : typed;
        return unmarked(words).replaceAll("\\s+", " ").strip()
                .replaceAll("^[\"\u201c\u201d\u201e\u00ab\u00bb]+\\s*|\\s*[\"\u201c\u201d\u201e\u00ab\u00bb]+$", "");
    }

    /** {@code typed} without Markdown's escapes ({@code \\<}) and emphasis ({@code *}, {@code _}). */
    private static String unmarked(String typed) {
        return typed.replaceAll("\\\\(.)", "$1").replaceAll("[*_]", "");
    }

    /** {@code text} as a double-quoted YAML scalar. */
    private static String yamlQuoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The quotes whose words the typed ones are, all of them ({@code whole}), or an excerpt of, cuts marked or not. */
    private record Found(List<Quote> whole, List<Quote> excerptOf) {
    }

    private Found matching(String typed) {
        List<String> fragments = new ArrayList<>();
        for (String part : CUT.split(typed)) {
            String n = normal(part);
            if (!n.isEmpty()) {
                fragments.add(n);
            }
        }
        if (fragments.stream().mapToInt(String::length).sum() < LEAST) {
            return new Found(List.of(), List.of());
        }
        Map<String, Quote> whole = new LinkedHashMap<>();
        Map<String, Quote> excerpt = new LinkedHashMap<>();
        List<String> printed = Excerpt.signature(unmarked(typed));
        for (Quote q : quotes) {
            String text = normal(q.text());
            // a quote the article prints cut is linked where the typed words are its excerpt (its whole text is not)
            if (!q.excerpt().isEmpty() && Excerpt.signature(q.excerpt()).equals(printed)
                    || q.excerpt().isEmpty() && fragments.size() == 1 && text.equals(fragments.get(0))) {
                whole.putIfAbsent(q.id(), q);
                continue;
            }
            int at = 0;
            boolean all = true;
            for (String fragment : fragments) {
                int i = text.indexOf(fragment, at);
                if (i < 0) {
                    all = false;
                    break;
                }
                at = i + fragment.length();
            }
            if (all) {
                excerpt.putIfAbsent(q.id(), q);
            }
        }
        return new Found(List.copyOf(whole.values()), List.copyOf(excerpt.values()));
    }

    /** Words as compared: Markdown's escapes and emphasis, quotation marks and outer punctuation gone, white space one space, lower case. */
    static String normal(String text) {
        String plain = unmarked(Normalizer.normalize(text, Normalizer.Form.NFKC))
                .replaceAll("[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a']", "").replaceAll("\\s+", " ");
        return plain.strip().replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "").toLowerCase(Locale.ROOT);
    }
}
