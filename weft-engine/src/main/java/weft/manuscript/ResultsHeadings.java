package weft.manuscript;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import weft.read.ProjectFiles;

/**
 * The headings of a manuscript's results section that name a node of the study's coding frame: the results print each
 * node after the section's text, with its narrative and quotes, so a theme typed as a heading would be printed twice.
 * The import's report says, for each, to move its text into the node's narrative (it moves nothing itself: the coding
 * frame is the author's file).
 */
final class ResultsHeadings {

    private final Map<String, String> nodes;

    private ResultsHeadings(Map<String, String> nodes) {
        this.nodes = nodes;
    }

    /** The labels of the study's nodes (coding-frame.yaml and its parts), by their words as compared; none where it has none. */
    static ResultsHeadings of(Path project) {
        Map<String, String> nodes = new LinkedHashMap<>();
        for (CodedData.File frame : CodedData.files(project.resolve("coded-data"), "coding-frame(-\\d+)?\\.yaml")) {
            collect(frame.tree().path("nodes"), nodes);
        }
        return new ResultsHeadings(nodes);
    }

    private static void collect(JsonNode list, Map<String, String> into) {
        for (JsonNode node : list) {
            if (node.path("id").isTextual() && node.path("label").isTextual()) {
                into.putIfAbsent(ManuscriptQuotes.normal(node.get("label").asText()), node.get("id").asText());
            }
            collect(node.path("children"), into);
        }
    }

    /** The report's lines for the results section {@code body} of content/'s {@code file}. */
    List<String> report(String body, String file) {
        List<String> lines = new ArrayList<>();
        if (nodes.isEmpty()) {
            return lines;
        }
        for (Headings.Found h : Headings.of(body)) {
            String id = nodes.get(ManuscriptQuotes.normal(h.text().replaceAll("\\s*\\{[^{}]*\\}$", "")));
            if (id != null) {
                lines.add("  " + file + ": the heading '" + h.text() + "' is node '" + id + "' of the coding frame, which the"
                        + " results print after this section's text with its narrative and quotes: move the text under it"
                        + " into the node's narrative (" + ProjectFiles.CODING_FRAME + ") and remove the heading");
            }
        }
        return lines;
    }
}
