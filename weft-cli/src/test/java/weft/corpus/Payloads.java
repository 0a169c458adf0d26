package weft.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The injection payloads of the corpus, each carrying a unique marker ({@code zqx} and a letter and digit) so that
 * an output can be searched for it. A case writes {@code ${PAYLOAD:name}} where a payload goes. Wherever a marker
 * shows up in an output, the whole payload must be there as text: anything else means it was interpreted.
 * No payload holds a quotation mark, apostrophe or backslash, so each fits in a double-quoted YAML scalar, a BibTeX
 * field and a Markdown paragraph (whose typography would curl them). The bidi payload is compared without its
 * format characters (a PDF's text comes out in visual order).
 */
final class Payloads {

    static final Map<String, String> ALL;

    static {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("script", "<script>zqxA1()</script>");
        all.put("img", "<img src=x onerror=zqxB2()>");
        all.put("ftl", "${zqxC3?api} <#assign zqxC4=1>");
        all.put("markdown", "**zqxD5** [zqxD6](javascript:zqxD7())");
        all.put("directive", "{{value:corpus.messages}}zqxE8 [@smith2020]zqxE9");
        all.put("jsurl", "javascript:zqxA9()");
        all.put("bidi", "zqxF1\u202Eaba\u202C\u200Bzz\u200D"); // a palindrome under the override: a PDF shows it reversed
        all.put("formula", "=zqxG1(1)+zqxG2"); // a spreadsheet program runs a cell that begins so (the evidence's CSV)
        ALL = Map.copyOf(all);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{PAYLOAD:([a-z]+)}");
    static final Pattern MARKER = Pattern.compile("zqx[A-G]\\d");

    /** {@code text} with every {@code ${PAYLOAD:name}} replaced by that payload. */
    static String expand(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String payload = ALL.get(m.group(1));
            if (payload == null) {
                throw new IllegalArgumentException("no payload named " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(payload));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The payload that holds {@code marker}. */
    static String holding(String marker) {
        return ALL.values().stream().filter(p -> p.replaceAll("\\p{Cf}", "").contains(marker)).findFirst().orElseThrow();
    }

    private Payloads() {
    }
}
