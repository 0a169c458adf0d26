package weft.render.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import weft.prose.ProseRenderer;
import weft.render.html.Html;

/**
 * The article's notes ({@code [^1]} and Pandoc's {@code ^[…]} in any of its texts): numbered from 1 across the article
 * in the order they are printed, each call a link to its note ({@code #fn-3}, the call's own id {@code fnref-3}, a
 * second call of the same note {@code fnref-3-2}), the notes printed together before the references.
 */
final class Notes {

    /** The anchor of note {@code number}. */
    static String anchor(int number) {
        return "fn-" + number;
    }

    private final Map<String, Element> contents = new HashMap<>();
    private final List<Element> numbered = new ArrayList<>();
    private int texts;

    /** Takes the notes of a text just rendered, their keys made the article's own. */
    void collect(ProseRenderer.Rendered rendered) {
        String prefix = "t" + (++texts) + "-";
        for (Element call : rendered.body().select("[" + ProseRenderer.NOTE + "]")) {
            call.attr(ProseRenderer.NOTE, prefix + call.attr(ProseRenderer.NOTE));
        }
        rendered.notes().forEach((key, content) -> contents.put(prefix + key, content));
    }

    /**
     * Numbers the notes called in {@code bodies}, which are the article's texts in the order it prints them: a note's
     * number is the order of its first call; each call becomes its link.
     */
    void number(List<Element> bodies) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, Integer> calls = new HashMap<>();
        for (Element body : bodies) {
            for (Element call : body.select("[" + ProseRenderer.NOTE + "]")) {
                String key = call.attr(ProseRenderer.NOTE);
                Element content = contents.get(key);
                if (content == null) {
                    continue;
                }
                int number = numbers.computeIfAbsent(key, k -> {
                    numbered.add(content);
                    return numbered.size();
                });
                int call1 = calls.merge(key, 1, Integer::sum);
                call.removeAttr(ProseRenderer.NOTE).attr("href", "#" + anchor(number))
                        .attr("id", "fnref-" + number + (call1 == 1 ? "" : "-" + call1)).attr("role", "doc-noteref")
                        .text(Integer.toString(number));
            }
        }
    }

    /** The notes' contents in their numbers' order, which the counts fill in with the rest of the article. */
    List<Element> contents() {
        return List.copyOf(numbered);
    }

    /** The notes as the templates print them, as their contents are now. */
    List<ArticleView.NoteView> views() {
        List<ArticleView.NoteView> views = new ArrayList<>();
        for (int i = 0; i < numbered.size(); i++) {
            views.add(new ArticleView.NoteView(anchor(i + 1), Integer.toString(i + 1), "fnref-" + (i + 1),
                    new Html(numbered.get(i).html())));
        }
        return views;
    }
}
