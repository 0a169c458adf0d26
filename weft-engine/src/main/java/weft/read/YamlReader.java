package weft.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * Parses YAML into a tree that remembers where every key and value stands, and how each value that is not a string
 * was written ({@code 0755}, {@code 1.50}, {@code True}). Reads booleans as YAML 1.2 does, and as editors checking a
 * file against Weft's schemas do: only {@code true} and {@code false}; {@code yes}, {@code no}, {@code on},
 * {@code off} are words ({@code language: no} is Norwegian). Rejects what Jackson would silently get wrong: anchors
 * and aliases (not expanded), duplicate keys.
 */
public final class YamlReader {

    /** How deeply collections may nest: room for a coding frame far deeper than its own limit, so that it is reported at the node. */
    public static final int MAX_NESTING = 3000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with the key's position
        options.setNestingDepthLimit(MAX_NESTING);
        this.factory = YAMLFactory.builder().loaderOptions(options)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
    }

    /**
     * Parses {@code text} (the file at {@code path}, relative to the project) starting at file line {@code firstLine}.
     * Reports problems to {@code diagnostics}; empty when the text cannot be used.
     */
    public Optional<YamlDocument> read(String path, String text, int firstLine, Diagnostics diagnostics) {
        Builder builder = new Builder(path, text, firstLine - 1, diagnostics);
        YAMLParser parser = null;
        try {
            parser = (YAMLParser) factory.createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.error(new SourcePosition(path, firstLine, 1), "the file is empty");
                return Optional.empty();
            }
            JsonNode root = builder.value(parser, "");
            if (builder.failed) {
                return Optional.empty();
            }
            // its lines by the file's numbers, as the positions have them (a front matter begins at the file's line 2)
            return Optional.of(new YamlDocument(path, new TextLines("\n".repeat(firstLine - 1) + text), root,
                    Map.copyOf(builder.values), Map.copyOf(builder.keys), Map.copyOf(builder.written)));
        } catch (StreamConstraintsException e) {
            diagnostics.error(where(path, firstLine, e.getLocation(), parser),
                    "YAML nesting deeper than " + MAX_NESTING + " levels");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark problem = marked.getProblemMark();
                String context = marked.getContext() == null ? "" : " (" + marked.getContext()
                        + (marked.getContextMark() == null ? "" : " at line " + (marked.getContextMark().getLine() + firstLine)) + ")";
                diagnostics.error(new SourcePosition(path, problem.getLine() + firstLine, problem.getColumn() + 1),
                        "YAML syntax error: " + marked.getProblem() + context + quoteHint(text, marked));
                return Optional.empty();
            }
            diagnostics.error(where(path, firstLine, e.getLocation(), parser), "YAML syntax error: " + firstLine(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(where(path, firstLine, null, parser), "cannot read YAML: " + e.getMessage());
            return Optional.empty();
        } finally {
            close(parser);
        }
    }

    /**
     * A value that is whole by itself, a flow mapping or list ({@code {recorded: false}}) or a closed quotation
     * ({@code "3"}): not the text that broke the file (a quotation left open above may have run into it). Possessive,
     * so that a long quotation is matched in runs, not a character a level deeper each (which overflowed the stack).
     */
    private static final java.util.regex.Pattern WHOLE_FLOW = java.util.regex.Pattern.compile(
            "(\\{.*\\}|\\[.*\\]|\"(?:[^\"\\\\]++|\\\\.)*+\"|'(?:[^']++|'')*+')\\s*(#.*)?");
    private static final java.util.regex.Pattern UNQUOTED_VALUE =
            java.util.regex.Pattern.compile("^ *(?:- +)?([A-Za-z][\\w-]*): +[^\\s|>#]");

    /**
     * Where the line of a syntax error (or of the value it began in) is a field with an unquoted value, how to write
     * it: most such errors in a study's files are a quote or a label with a character YAML reads as syntax at its start
     * or after a space ({@code [laughs] I don't know}, {@code *sigh*}, {@code I said: no}, {@code "Yes" she said}).
     */
    private static String quoteHint(String text, MarkedYAMLException marked) {
        TextLines lines = new TextLines(text);
        // the context helps where it is the value's own start ("while scanning a quoted scalar"), not a mapping's
        boolean scalar = marked.getContext() != null && marked.getContext().contains("scalar");
        if (scalar && marked.getContext().contains("quoted") && marked.getContextMark() != null) {
            Matcher m = UNQUOTED_VALUE.matcher(lineOf(lines, marked.getContextMark()));
            return m.find() ? "; the quotation mark that opens the value of '" + m.group(1) + "' is never closed: close it"
                    + " (inside \"…\" a \" is written \\\", inside '…' a ' is written '')" : "";
        }
        for (Mark mark : new Mark[] {marked.getProblemMark(), scalar ? marked.getContextMark() : null}) {
            if (mark == null) {
                continue;
            }
            String line = lineOf(lines, mark);
            Matcher m = UNQUOTED_VALUE.matcher(line);
            // the error within the value (not a key, an indentation or a tab before it)
            if (m.find() && mark.getColumn() >= m.end() - 1 && !WHOLE_FLOW.matcher(line.substring(m.end() - 1)).matches()) {
                return "; if the value of '" + m.group(1) + "' is text, put all of it in quotation marks: "
                        + m.group(1) + ": \"…\" (a \" inside as \\\")";
            }
        }
        return "";
    }

    /** The line a mark (counted from 0) stands on; empty past the text's end. */
    private static String lineOf(TextLines lines, Mark mark) {
        return mark.getLine() < lines.count() ? lines.line(mark.getLine() + 1) : "";
    }

    /** The exception's location, else where the parser stood when it failed (Jackson leaves some errors unplaced). */
    private static SourcePosition where(String path, int firstLine, JsonLocation reported, YAMLParser parser) {
        JsonLocation loc = reported != null && reported.getLineNr() > 0 ? reported
                : parser == null ? null : parser.currentLocation();
        if (loc == null || loc.getLineNr() < 1) {
            return new SourcePosition(path, firstLine, 1);
        }
        return new SourcePosition(path, loc.getLineNr() + firstLine - 1, Math.max(1, loc.getColumnNr()));
    }

    private static void close(YAMLParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // reading from a string: nothing to release
            }
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "malformed YAML" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    /** A mapping key as a step of a JSON pointer (RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
    public static String pointerEscape(String name) {
        return Builder.escape(name);
    }

    private static final class Builder {
        final String path;
        final String[] lines;
        final int lineOffset;
        final Diagnostics diagnostics;
        final Map<String, SourcePosition> values = new HashMap<>();
        final Map<String, SourcePosition> keys = new HashMap<>();
        /** How each scalar that is not a string was written, by pointer. */
        final Map<String, String> written = new HashMap<>();
        boolean failed;

        Builder(String path, String text, int lineOffset, Diagnostics diagnostics) {
            this.path = path;
            this.lines = text.split("\n", -1);
            this.lineOffset = lineOffset;
            this.diagnostics = diagnostics;
        }

        SourcePosition position(JsonLocation loc) {
            return new SourcePosition(path, loc.getLineNr() + lineOffset, loc.getColumnNr());
        }

        /** A collection being filled: its node, its pointer and the index of its next item. */
        private record Open(JsonNode node, String pointer, int[] next) {
        }

        /** The value at the parser's current token, read without recursion so that deep nesting cannot overflow the stack. */
        JsonNode value(YAMLParser parser, String pointer) throws IOException {
            Deque<Open> open = new ArrayDeque<>();
            JsonNode root = start(parser, pointer, open);
            while (!open.isEmpty()) {
                Open current = open.peek();
                JsonToken token = parser.nextToken();
                if (token == null) {
                    break;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                } else if (current.node() instanceof ObjectNode object) {
                    String name = parser.currentName();
                    String child = current.pointer() + "/" + escape(name);
                    SourcePosition keyAt = position(parser.currentTokenLocation());
                    boolean duplicate = object.has(name);
                    if (duplicate) {
                        diagnostics.error(keyAt, "duplicate key '" + name + "' (first at line " + keys.get(child).line() + ")");
                        failed = true;
                    } else {
                        keys.put(child, keyAt);
                    }
                    parser.nextToken();
                    JsonNode v = start(parser, child, open);
                    if (!duplicate) {
                        object.set(name, v);
                    }
                } else {
                    ((ArrayNode) current.node()).add(start(parser, current.pointer() + "/" + current.next()[0]++, open));
                }
            }
            return root;
        }

        /** The node of the current token; a collection is returned empty and left open, to be filled by {@link #value}. */
        private JsonNode start(YAMLParser parser, String pointer, Deque<Open> open) throws IOException {
            SourcePosition at = position(parser.currentTokenLocation());
            values.put(pointer, at);
            if (parser.isCurrentAlias()) {
                diagnostics.error(at, "YAML aliases (*" + parser.getText() + ") are not supported: write the value out");
                failed = true;
                return NODES.nullNode();
            }
            Object anchor = parser.getObjectId();
            if (anchor == null) {
                anchor = scalarAnchor(parser.currentTokenLocation());
            }
            if (anchor != null) {
                diagnostics.error(at, "YAML anchors (&" + anchor + ") are not supported: write each value out");
                failed = true;
            }
            String tag = parser.getTypeId();
            if (tag != null && !tag.startsWith("tag:yaml.org,2002:")) { // !!str and the like are YAML's own
                // text: !wow so sad would read "so sad", the tag dropped without a word
                diagnostics.error(at, "YAML tags (!" + tag + ") are not supported: if the ! and what follows are part of"
                        + " the text, put the whole value in quotation marks (\"…\")");
                failed = true;
            }
            switch (parser.currentToken()) {
                case START_OBJECT: {
                    ObjectNode object = NODES.objectNode();
                    open.push(new Open(object, pointer, new int[1]));
                    return object;
                }
                case START_ARRAY: {
                    ArrayNode array = NODES.arrayNode();
                    open.push(new Open(array, pointer, new int[1]));
                    return array;
                }
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                default:
                    break;
            }
            written.put(pointer, parser.getText());
            switch (parser.currentToken()) {
                case VALUE_NUMBER_INT:
                    return NODES.numberNode(parser.getLongValue());
                case VALUE_NUMBER_FLOAT:
                    return NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    return NODES.textNode(parser.getText());
            }
        }

        /** Jackson does not report anchors on scalars: look at the text. */
        String scalarAnchor(JsonLocation loc) {
            int line = loc.getLineNr() - 1;
            int col = loc.getColumnNr() - 1;
            if (line < 0 || line >= lines.length || col < 0 || col >= lines[line].length() || lines[line].charAt(col) != '&') {
                return null;
            }
            String rest = lines[line].substring(col + 1);
            int end = 0;
            while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                end++;
            }
            return rest.substring(0, end);
        }

        static String escape(String name) {
            return name.replace("~", "~0").replace("/", "~1");
        }
    }
}
