package weft.render.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import weft.model.CodeNode;
import weft.model.Participant;
import weft.model.Quote;
import weft.publish.OutputNames;

/**
 * The documents the overview's search indexes, as a script that sets one global: a {@code <script src>}
 * loads from file:// where fetch() of a JSON file does not. The JSON is written by Jackson; then every
 * {@code <}, {@code >}, {@code &} and line or paragraph separator is escaped, so that no quote text can end
 * the script or break it, wherever the file is included.
 */
final class SearchIndex {

    static final String GLOBAL = "WEFT_EVIDENCE_INDEX";

    /**
     * A quote as the search shows it: its text, the node it is first coded to, how its participant is cited and the
     * values of their attributes, as the quote's page prints them ("Volunteer, Female, 69": a search for "volunteer"
     * finds the volunteers' quotes); each left out of the index when the quote names no participant or they have none;
     * and the extract the article presents it as ("Extract 3": a reviewer's search for it), left out where none; and the
     * analyst's reduced expression of it, left out where none (the words of the analysis find the words it reduced).
     */
    record QuoteDoc(String id, String href, String text, String node, boolean presented,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) String participant,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) String about,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) String extract,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) String reduced) {
    }

    record NodeDoc(String id, String href, String number, String label, String description, String level) {
    }

    /** The documents, and the search's words where the article's language has its own (none for English). */
    record Documents(String lang, List<QuoteDoc> quotes, List<NodeDoc> nodes,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> words) {
    }

    private final ObjectMapper json = new ObjectMapper();

    String script(Evidence evidence) {
        String page = OutputNames.EVIDENCE;
        List<QuoteDoc> quotes = new ArrayList<>();
        for (Quote q : evidence.index.quotes()) {
            String node = evidence.home(q).map(h -> (evidence.number(h) + " " + h.label()).strip()).orElse("");
            Optional<Participant> who = evidence.attributions.participant(q);
            quotes.add(new QuoteDoc(q.id(), RelativeLinks.between(page, OutputNames.quotePage(q.id())), q.runIn(), node,
                    evidence.places.quote(q.id(), page).isPresent(), who.map(Participant::citedAs).orElse(""),
                    who.map(p -> String.join(", ", p.attributes().stream().map(Participant.Attribute::value)
                            .filter(v -> !v.isBlank()).toList())).orElse(""), evidence.places.extract(q.id()).orElse(""),
                    q.reducedWords().orElse("")));
        }
        List<NodeDoc> nodes = new ArrayList<>();
        for (CodeNode n : evidence.index.preorder()) {
            nodes.add(new NodeDoc(n.id(), RelativeLinks.between(page, OutputNames.nodePage(n.id())), evidence.number(n),
                    n.label(), n.description(), evidence.levelName(n)));
        }
        try {
            String data = json.writeValueAsString(new Documents(evidence.study.info().language(), quotes, nodes,
                    words(evidence)));
            return "window." + GLOBAL + " = " + escape(data) + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
    }

    /** The words of the overview's scripts (search.js, tree.js) where the article's language has its own. */
    private static Map<String, String> words(Evidence evidence) {
        Map<String, String> words = new java.util.TreeMap<>(evidence.words.patternsDifferingFromEnglish("search."));
        words.putAll(evidence.words.patternsDifferingFromEnglish("tree."));
        // the language's own quotation marks, where they are not search.js's own (English) ones
        if (!evidence.words.quoteOpen().equals("\u201C") || !evidence.words.quoteClose().equals("\u201D")) {
            words.put("quoteOpen", evidence.words.quoteOpen());
            words.put("quoteClose", evidence.words.quoteClose());
        }
        return words;
    }

    /** JSON with the characters that could end a script element or a JavaScript string escaped. */
    static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
