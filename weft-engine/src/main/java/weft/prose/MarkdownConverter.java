package weft.prose;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.superscript.SuperscriptExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
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
 * Straight quotation marks, {@code --}, {@code ---} and {@code ...} are typeset as Pandoc's Markdown does (its
 * {@code smart} extension): the language's quotation marks, an en dash, an em dash, an ellipsis; an apostrophe
 * ({@code it's}) is a right single quotation mark. Code is left as written. As in Pandoc's Markdown,
 * {@code ~~struck~~}, {@code H~2~O} and {@code x^2^} are struck through, subscript and superscript.
 */
final class MarkdownConverter {

    private static final String BASE = "https://weft.invalid/";
    /**
     * The attribute that tells which image, paragraph or table of the Markdown an element is: its offset there (then
     * removed).
     */
    static final String OFFSET = "data-weft-offset";
    /** A figure's audience as the prose gives it ({audience=reviewers}), read and removed by the prose renderer. */
    static final String AUDIENCE = "audience";
    /** A figure's attribute naming the participants it shows, {participant=P3} or {participant="P3 P5"}. */
    static final String PARTICIPANT = "participant";
    /** Quarto's text alternative of a figure apart from its caption, {fig-alt="A flow chart of …"}. */
    static final String FIG_ALT = "fig-alt";
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner;

    MarkdownConverter() {
        this(ProseRenderer.Quotes.ENGLISH);
    }

    /** A converter that sets straight quotation marks as {@code quotes}. */
    MarkdownConverter(ProseRenderer.Quotes quotes) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                AttributesExtension.create(), TypographicExtension.create(), StrikethroughSubscriptExtension.create(),
                SuperscriptExtension.create(), DefinitionExtension.create()));
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, quotes.open());
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, quotes.close());
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, quotes.innerOpen());
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, quotes.innerClose());
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019"); // it's: an apostrophe
        // <<x>> stays as written (Pandoc sets no guillemets from it)
        options.set(TypographicExtension.ANGLE_QUOTE_OPEN, "&lt;&lt;");
        options.set(TypographicExtension.ANGLE_QUOTE_CLOSE, "&gt;&gt;");
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false); // never a span made of the words before braces
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(TablesExtension.CLASS_NAME, "prose-table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new OffsetOfImages()).build();
        Safelist safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "hr", "abbr", "dfn", "mark", "section", "aside", "s")
                .addAttributes(":all", "id", "class", "lang", "title")
                .addAttributes("ol", "start", "type", OFFSET)
                .addAttributes("th", "scope", "align")
                .addAttributes("td", "align")
                .addAttributes("img", OFFSET, AUDIENCE, PARTICIPANT, FIG_ALT)
                .addAttributes("p", OFFSET)
                .addAttributes("table", OFFSET)
                .addAttributes("h1", OFFSET).addAttributes("h2", OFFSET).addAttributes("h3", OFFSET)
                .addAttributes("h4", OFFSET).addAttributes("h5", OFFSET).addAttributes("h6", OFFSET)
                .addProtocols("a", "href", "#", "http", "https", "mailto")
                .preserveRelativeLinks(true);
        this.cleaner = new Cleaner(safelist);
    }

    /**
     * An image of the Markdown ({@code ![alt](url)} or by reference): its address, where it begins, its description as
     * written (Markdown), and its element in the rendered HTML (null when the sanitiser dropped it).
     */
    record Image(String url, int offset, String description, Element element) {
    }

    /**
     * Marks each image's {@code img}, each paragraph, heading, numbered list and table with its offset in the Markdown, so that it is
     * found whatever the HTML's order, and its place reported.
     */
    private static final class OffsetOfImages extends com.vladsch.flexmark.html.IndependentAttributeProviderFactory {
        @Override
        public com.vladsch.flexmark.html.AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
            return (node, part, attributes) -> {
                if (node instanceof com.vladsch.flexmark.ast.Image || node instanceof com.vladsch.flexmark.ast.ImageRef
                        || node instanceof com.vladsch.flexmark.ast.Paragraph
                        || node instanceof com.vladsch.flexmark.ast.Heading
                        || node instanceof com.vladsch.flexmark.ast.OrderedList
                        || node instanceof com.vladsch.flexmark.ext.tables.TableBlock) {
                    attributes.replaceValue(OFFSET, Integer.toString(node.getStartOffset()));
                }
            };
        }
    }

    /**
     * The rendered Markdown as the children of a {@code div}. Explicit heading ids ({@code ## Title {#id}})
     * are set on the headings; others have none (the prose renderer names them). Each image the Markdown has is
     * added to {@code images}, in the text's order.
     */
    Element convert(String markdown, List<Image> images) {
        return convert(markdown, images, new java.util.IdentityHashMap<>(), false);
    }

    /**
     * As {@link #convert(String, List)}, and the offset in the Markdown of each paragraph, heading and table into
     * {@code offsets}; each image and heading with attributes Weft does not read marked with them ({@link #DROPPED}).
     */
    Element convert(String markdown, List<Image> images, java.util.Map<Element, Integer> offsets) {
        return convert(markdown, images, offsets, true);
    }

    private Element convert(String markdown, List<Image> images, java.util.Map<Element, Integer> offsets, boolean marked) {
        com.vladsch.flexmark.util.ast.Document document = parser.parse(markdown);
        asPandocReadsIt(document);
        List<String> explicitIds = new java.util.ArrayList<>();
        List<Image> found = new java.util.ArrayList<>();
        for (com.vladsch.flexmark.util.ast.Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                explicitIds.add(explicitId(heading));
            } else if (node instanceof com.vladsch.flexmark.ast.Image image) {
                found.add(new Image(image.getUrl().toString(), image.getStartOffset(), image.getText().toString(), null));
            } else if (node instanceof com.vladsch.flexmark.ast.ImageRef ref && ref.isDefined()) {
                com.vladsch.flexmark.ast.Reference target = ref.getReferenceNode(document);
                found.add(new Image(target == null ? "" : target.getUrl().toString(), ref.getStartOffset(),
                        ref.getText().toString(), null));
            }
        }
        String html = renderer.render(document);
        // ~~struck~~ as <s>, which jsoup writes inline (it sets <del> on a line of its own: a space before what follows)
        Document dirty = Jsoup.parseBodyFragment(html.replace("<del>", "<s>").replace("</del>", "</s>"), BASE);
        java.util.Map<String, String> dropped = marked ? dropped(dirty) : java.util.Map.of(); // what the cleaner drops
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        if (!dropped.isEmpty()) {
            for (Element e : clean.body().select(ATTRIBUTED)) {
                String unread = dropped.get(e.tagName() + e.attr(OFFSET));
                if (unread != null) {
                    e.attr(DROPPED, unread);
                }
            }
        }
        Element container = new Element("div");
        container.appendChildren(clean.body().childNodesCopy());
        // the print document tells them from a template's own; the site the image is on is not told which page asks
        container.select("img").addClass(ProseRenderer.IMAGE_CLASS).attr("referrerpolicy", "no-referrer");
        java.util.Map<String, Element> byOffset = new java.util.HashMap<>();
        for (Element img : container.select("img[" + OFFSET + "]")) {
            byOffset.putIfAbsent(img.attr(OFFSET), img);
        }
        for (Element tagged : container.select("[" + OFFSET + "]")) {
            if (!tagged.nameIs("img")) {
                offsets.put(tagged, Integer.parseInt(tagged.attr(OFFSET)));
            }
            tagged.removeAttr(OFFSET);
        }
        for (Image image : found) {
            images.add(new Image(image.url(), image.offset(), image.description(),
                    byOffset.get(Integer.toString(image.offset()))));
        }
        org.jsoup.select.Elements headings = container.select("h1, h2, h3, h4, h5, h6");
        for (int i = 0; i < headings.size() && i < explicitIds.size(); i++) {
            if (explicitIds.get(i) != null) {
                headings.get(i).id(explicitIds.get(i));
            }
        }
        return container;
    }

    /**
     * The attributes written after an image or a heading ({@code {#fig-x fig-align="center" loading=lazy}}) that the
     * cleaner drops and Weft does not read, as written (one after the other, separated by spaces), by the element's
     * tag and offset: a figure or a heading reports them, instead of losing them without a word.
     */
    private static java.util.Map<String, String> dropped(Document dirty) {
        java.util.Map<String, String> dropped = new java.util.HashMap<>();
        for (Element e : dirty.body().select(ATTRIBUTED)) {
            java.util.Set<String> read = e.nameIs("img") ? IMAGE_ATTRIBUTES : HEADING_ATTRIBUTES;
            List<String> unread = new java.util.ArrayList<>();
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                if (!read.contains(a.getKey()) && !a.getKey().equals(OFFSET)) {
                    unread.add(a.getKey() + (a.getValue().isEmpty() ? "" : "=\"" + a.getValue() + "\""));
                }
            }
            if (!unread.isEmpty()) {
                dropped.put(e.tagName() + e.attr(OFFSET), String.join(" ", unread));
            }
        }
        return dropped;
    }

    /** The images and headings of the Markdown, which may have attributes written after them. */
    private static final String ATTRIBUTED = java.util.stream.Stream.of("img", "h1", "h2", "h3", "h4", "h5", "h6")
            .map(tag -> tag + "[" + OFFSET + "]").collect(java.util.stream.Collectors.joining(", "));

    /** The attribute that holds what {@link #dropped} found on an element, read (and removed) by the prose renderer. */
    static final String DROPPED = "data-weft-unread";
    /** What Weft reads of an image's attributes (its classes and title are reported apart). */
    private static final java.util.Set<String> IMAGE_ATTRIBUTES = java.util.Set.of("src", "alt", "id", "class", "title",
            "width", "height", AUDIENCE, PARTICIPANT, FIG_ALT);
    /** What Weft reads of a heading's attributes (its classes are reported apart). */
    private static final java.util.Set<String> HEADING_ATTRIBUTES = java.util.Set.of("id", "class", "lang");

    /**
     * A line of Markdown (a figure's description) as sanitised inline HTML: emphasis and links as in the prose, raw
     * HTML shown as text, no image.
     */
    java.util.List<org.jsoup.nodes.Node> inline(String markdown) {
        Element rendered = convert(markdown.replace('\n', ' '), new java.util.ArrayList<>());
        rendered.select("img").remove();
        Element paragraph = rendered.children().size() == 1 && rendered.child(0).nameIs("p") ? rendered.child(0) : rendered;
        return paragraph.childNodesCopy();
    }

    /**
     * The parsed Markdown as Pandoc's reads it where flexmark's extensions read more: an HTML comment
     * ({@code <!-- a note to a co-author -->}) is no part of the text (Pandoc's outputs never show one; the raw HTML
     * Weft shows as text would print it), a subscript or superscript holds no white space ({@code $x^2 + y^2$} is
     * no superscript from "2 + y" to "2"), else it is the text as written, and braces are attributes only where Pandoc
     * reads them ({@link #attributes}), else words.
     */
    private static void asPandocReadsIt(com.vladsch.flexmark.util.ast.Document document) {
        List<com.vladsch.flexmark.util.ast.Node> comments = new java.util.ArrayList<>();
        List<com.vladsch.flexmark.util.ast.Node> asText = new java.util.ArrayList<>();
        for (com.vladsch.flexmark.util.ast.Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.HtmlCommentBlock || node instanceof com.vladsch.flexmark.ast.HtmlInlineComment) {
                comments.add(node);
            } else if (node instanceof com.vladsch.flexmark.ext.attributes.AttributesNode attributes && !attributes(attributes)) {
                asText.add(node); // braces in a sentence ({x}, a set {a, b}) are its words, as in Pandoc
            } else if ((node instanceof com.vladsch.flexmark.ext.superscript.Superscript
                    || node instanceof com.vladsch.flexmark.ext.gfm.strikethrough.Subscript)
                    && node.getChars().toString().chars().anyMatch(Character::isWhitespace)) {
                asText.add(node);
            }
        }
        comments.forEach(com.vladsch.flexmark.util.ast.Node::unlink);
        var applied = AttributesExtension.NODE_ATTRIBUTES.get(document); // where the parser put each node's attributes
        for (var list : applied.values()) {
            list.removeAll(asText);
        }
        for (com.vladsch.flexmark.util.ast.Node node : asText) {
            node.insertBefore(new com.vladsch.flexmark.ast.Text(node.getChars()));
            node.unlink();
        }
    }

    /** A caption's paragraph: Pandoc's {@code Table: …} or {@code : …}, whose id ends it ({@code {#tab-…}}). */
    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile("^\\s*(?:[Tt]able)?:\\s");

    /**
     * Whether braces are attributes where Pandoc reads them: after code, a link or an image ({@code ![a](b){#fig-x}}), at
     * a heading's end, or at the end of a table's caption; anywhere else they are text.
     */
    private static boolean attributes(com.vladsch.flexmark.ext.attributes.AttributesNode node) {
        com.vladsch.flexmark.util.ast.Node before = node.getPrevious();
        if (before instanceof com.vladsch.flexmark.ast.Code || before instanceof com.vladsch.flexmark.ast.Link
                || before instanceof com.vladsch.flexmark.ast.Image || before instanceof com.vladsch.flexmark.ast.ImageRef
                || before instanceof com.vladsch.flexmark.ast.LinkRef) {
            return true;
        }
        com.vladsch.flexmark.util.ast.Node after = node.getNext();
        boolean last = after == null || after instanceof com.vladsch.flexmark.ast.Text && after.getChars().isBlank();
        com.vladsch.flexmark.util.ast.Node parent = node.getParent();
        return last && (parent instanceof com.vladsch.flexmark.ast.Heading
                || parent instanceof com.vladsch.flexmark.ast.Paragraph && CAPTION.matcher(parent.getChars()).find());
    }

    private static String explicitId(com.vladsch.flexmark.ast.Heading heading) {
        for (com.vladsch.flexmark.util.ast.Node child : heading.getChildren()) {
            if (child instanceof com.vladsch.flexmark.ext.attributes.AttributesNode attributes) {
                for (com.vladsch.flexmark.util.ast.Node a : attributes.getChildren()) {
                    if (a instanceof com.vladsch.flexmark.ext.attributes.AttributeNode attribute && attribute.isId()) {
                        return attribute.getValue().toString();
                    }
                }
            }
        }
        return null;
    }
}
