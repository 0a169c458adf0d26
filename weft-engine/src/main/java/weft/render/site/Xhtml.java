package weft.render.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import weft.render.html.Html;

/** Rewrites an HTML fragment as XHTML, which the site plugin's parser (an XML parser) requires. */
final class Xhtml {

    static Html of(Html html) {
        if (html == null) {
            return null;
        }
        Document doc = Jsoup.parseBodyFragment(html.value());
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return new Html(doc.body().html());
    }

    private Xhtml() {
    }
}
