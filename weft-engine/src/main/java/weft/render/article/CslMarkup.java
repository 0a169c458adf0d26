package weft.render.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import weft.render.cite.BibItem;
import weft.render.cite.ReferenceStatus;
import weft.render.html.ArticleAnchors;

/**
 * The HTML of formatted citations and reference entries, made safe and put in the article's markup.
 * citeproc-java escapes the data it prints; the markup still goes through a safelist, since the bibliography
 * is untrusted input like every other file of a project.
 */
final class CslMarkup {

    private static final String BASE = "https://weft.invalid/";
    /** The only inline styles CSL's HTML output uses. */
    private static final Pattern SAFE_STYLE = Pattern.compile(
            "(?:(?:font-style|font-weight|font-variant|vertical-align|text-decoration)\\s*:\\s*[a-z-]+\\s*;?\\s*)+");
    private static final Cleaner CLEANER = new Cleaner(Safelist.none()
            .addTags("a", "span", "div", "i", "b", "em", "strong", "sup", "sub", "br")
            .addAttributes("a", "href")
            .addAttributes("span", "class", "style")
            .addAttributes("div", "class", "style")
            .addProtocols("a", "href", "#", "http", "https")
            .preserveRelativeLinks(true));

    /** The in-text citation: formatted text with one link per cited work. */
    static String citation(String html) {
        return clean(html).html();
    }

    /**
     * A reference list entry: {@code <li class="csl-entry" id="ref-KEY">} holding the style's markup, a link to
     * the DOI when the style does not print one, and, for an entry that is not verified, what is known of it.
     */
    static Element entry(String html, BibItem item) {
        Element body = clean(html);
        Element csl = body.selectFirst("div.csl-entry");
        // dir=auto: an entry is laid out in the direction of its own text (an English reference in an Arabic article)
        Element li = new Element("li").addClass("csl-entry").id(ArticleAnchors.referenceAnchor(item.key())).attr("dir", "auto");
        li.appendChildren((csl == null ? body : csl).childNodesCopy());
        trim(li);
        if (li.selectFirst(".csl-left-margin") == null) {
            li.addClass("csl-hanging");
        }
        Element text = li.selectFirst(".csl-right-inline");
        Element into = text == null ? li : text;
        trim(into);
        String doi = item.data().getDOI();
        if (doi != null && !doi.isBlank() && li.select("a[href]").stream()
                .noneMatch(a -> a.attr("href").toLowerCase(Locale.ROOT).contains(doi.strip().toLowerCase(Locale.ROOT)))) {
            String url = "https://doi.org/" + doi.strip();
            into.appendText(" ");
            into.appendElement("a").addClass("doi").attr("href", "https://doi.org/" + encodeDoi(doi.strip())).text(url);
        }
        if (item.status() != ReferenceStatus.VERIFIED && !(item.status() == ReferenceStatus.UNKNOWN && item.note().isEmpty())) {
            into.appendText(" ");
            Element status = into.appendElement("span").addClass("reference-status").addClass("reference-" + item.status().word());
            status.appendElement("strong").text(label(item.status()));
            if (!item.note().isEmpty()) {
                status.appendText(" " + item.note());
            }
        }
        return li;
    }

    /** The element's markup as written, without jsoup's pretty-printing (which would add whitespace). */
    static String compact(Element element) {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        shell.body().appendChild(element);
        return element.outerHtml();
    }

    /** Drops the processor's indentation around an element's content, so that what Weft appends is spaced once. */
    private static void trim(Element element) {
        for (Node child : new ArrayList<>(element.childNodes())) {
            if (child instanceof TextNode t && t.isBlank()) {
                t.remove();
            }
        }
        if (element.childNodeSize() > 0 && element.childNode(0) instanceof TextNode first) {
            first.text(first.getWholeText().stripLeading());
        }
        if (element.childNodeSize() > 0 && element.childNode(element.childNodeSize() - 1) instanceof TextNode last) {
            last.text(last.getWholeText().stripTrailing());
        }
    }

    private static String label(ReferenceStatus status) {
        return switch (status) {
            case VERIFIED -> "Verified.";
            case INCOMPLETE -> "Incomplete.";
            case UNVERIFIED -> "Unverified.";
            case UNKNOWN -> "Not identified.";
        };
    }

    private static Element clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = CLEANER.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element styled : clean.body().select("[style]")) {
            if (!SAFE_STYLE.matcher(styled.attr("style").strip()).matches()) {
                styled.removeAttr("style");
            }
        }
        return clean.body();
    }

    /** A DOI as a URL path: the characters RFC 3986 allows there stay, everything else is percent-encoded. */
    private static String encodeDoi(String doi) {
        StringBuilder out = new StringBuilder();
        for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~/:;()@!$*+,=".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private CslMarkup() {
    }
}
