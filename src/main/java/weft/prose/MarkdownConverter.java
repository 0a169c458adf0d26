package weft.prose;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to a sanitised HTML tree: raw HTML in the Markdown is escaped by flexmark, and whatever
 * an extension lets through (the attributes extension passes {@code onclick}) is removed by jsoup's Safelist.
 */
final class MarkdownConverter {

    private static final String BASE = "https://weft.invalid/";
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner;

    MarkdownConverter() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                AttributesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(TablesExtension.CLASS_NAME, "prose-table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        Safelist safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "hr", "abbr", "dfn", "mark", "section", "aside")
                .addAttributes(":all", "id", "class", "lang", "title")
                .addAttributes("ol", "start", "type")
                .addAttributes("th", "scope")
                .addProtocols("a", "href", "#", "http", "https", "mailto")
                .preserveRelativeLinks(true);
        this.cleaner = new Cleaner(safelist);
    }

    /** The rendered Markdown as the children of a {@code div}. */
    Element convert(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        Element container = new Element("div");
        container.appendChildren(clean.body().childNodesCopy());
        return container;
    }
}
