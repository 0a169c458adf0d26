package weft.render.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links in-text citations to bibliography entries.
 *
 * <p>citeproc-java gives no per-item structure for a rendered citation, only a string. But it does honour
 * CSL citation-item {@code prefix}/{@code suffix} around each item's output. We pass a private-use-area marker
 * as prefix ({@code U+E000 index U+E001}) and suffix ({@code U+E002}); they survive the processor (no escaping,
 * no punctuation merging, no smart quotes) and after rendering we turn each marked span into
 * {@code <a href="#ref-KEY">...</a>}. This works for any style (numeric and author-date) and survives
 * citeproc-java's in-cluster sorting, because the marker travels with its item.</p>
 *
 * <p>For numeric styles whose CSL asks for {@code collapse="citation-number"} we also collapse runs of 3+
 * consecutive numbers ("[30,31,32]" to "[30–32]"), which citeproc-java 3.4 does not implement (upstream issue
 * #179): first and last number stay links to their own entries.</p>
 */
final class LinkMarkers {
    static final char OPEN = '\uE000';
    static final char MID = '\uE001';
    static final char CLOSE = '\uE002';
    private static final Pattern ITEM = Pattern.compile(OPEN + "(\\d+)" + MID + "(.*?)" + CLOSE, Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final String RANGE_DASH_HTML = "&ndash;";

    private LinkMarkers() {
    }

    static String prefix(int keyIndex) {
        return OPEN + Integer.toString(keyIndex) + MID;
    }

    static String suffix() {
        return String.valueOf(CLOSE);
    }

    /** Replace markers by links (and collapse numeric runs if the style says so). */
    static String toHtml(String marked, List<String> keys, CslStyle style) {
        String out = null;
        if (style.numeric() && style.collapseCitationNumber()) {
            out = collapse(marked, keys, escape(style.citationDelimiter()));
        }
        if (out == null) {
            Matcher m = ITEM.matcher(marked);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(link(keys.get(Integer.parseInt(m.group(1))), m.group(2))));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        if (out.indexOf(OPEN) >= 0 || out.indexOf(MID) >= 0 || out.indexOf(CLOSE) >= 0) {
            throw new IllegalStateException("citation markers were mangled by the processor: " + marked);
        }
        return out;
    }

    static String link(String key, String innerHtml) {
        return "<a href=\"#ref-" + escape(key) + "\">" + innerHtml + "</a>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private record Item(String key, int number, String inner) {
    }

    /** @return the collapsed, linked cluster; or null when the cluster is not a plain list of numbers */
    private static String collapse(String marked, List<String> keys, String delimiter) {
        Matcher m = ITEM.matcher(marked);
        List<Item> items = new ArrayList<>();
        int prevEnd = -1;
        int start = -1;
        while (m.find()) {
            if (prevEnd < 0) {
                start = m.start();
            } else if (!marked.substring(prevEnd, m.start()).equals(delimiter)) {
                return null; // something other than the plain delimiter between items (prefix/suffix text)
            }
            String inner = m.group(2);
            String text = TAG.matcher(inner).replaceAll("").trim();
            if (!text.matches("\\d+")) {
                return null; // e.g. a style that prints locators inside the brackets
            }
            items.add(new Item(keys.get(Integer.parseInt(m.group(1))), Integer.parseInt(text), inner));
            prevEnd = m.end();
        }
        if (items.size() < 3) {
            return null;
        }
        List<String> groups = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            int j = i;
            while (j + 1 < items.size() && items.get(j + 1).number() == items.get(j).number() + 1) {
                j++;
            }
            if (j - i >= 2) { // 3 or more consecutive numbers -> range
                groups.add(link(items.get(i).key(), items.get(i).inner()) + RANGE_DASH_HTML
                        + link(items.get(j).key(), items.get(j).inner()));
                i = j + 1;
            } else {
                groups.add(link(items.get(i).key(), items.get(i).inner()));
                i++;
            }
        }
        return marked.substring(0, start) + String.join(delimiter, groups) + marked.substring(prevEnd);
    }
}
