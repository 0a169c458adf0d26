package weft.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.TextMap;
import weft.model.Text;

/**
 * Quarto's includes in the prose: a line {@code {{< include _part.md >}}} is replaced by the text of
 * {@code content/_part.md}, as Quarto pastes a partial where it is included (a part may include others). A part's
 * name begins with {@code _} (Quarto's convention: a part is no section of its own, and has no front matter) and it
 * lies in content/ itself. The text keeps where each part came from, so that a diagnostic in it names the part's file,
 * line and column. An include in code or in an HTML comment is text.
 */
final class Includes {

    /** An include on a line of its own: the part's name bare or quoted. */
    private static final Pattern INCLUDE = Pattern.compile(
            "(?m)^[ \\t]{0,3}\\{\\{<\\s*include\\s+(\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s>]+)\\s*>}}[ \\t]*$");
    /** How deep parts may include parts (a part including itself is reported before). */
    static final int MAX_DEPTH = 8;
    /** The most characters a section may have with its parts: four of the largest files a study may have. */
    static final int MAX_CHARS = 4 * 1024 * 1024;

    private Includes() {
    }

    /**
     * {@code text} (the body of {@code path}) with its includes replaced by the parts they name; each part read is added
     * to {@code used}. An include that cannot be read is an error at it, and stays as written.
     */
    static Text expand(Text text, String path, ProjectFiles files, Set<String> used, Diagnostics diagnostics) {
        return expand(text, List.of(path), files, used, new java.util.HashMap<>(), diagnostics);
    }

    /** As above; {@code read} holds each part read so far for this section (a part included twice is read once). */
    private static Text expand(Text text, List<String> within, ProjectFiles files, Set<String> used,
                               java.util.Map<String, Optional<Text>> read, Diagnostics diagnostics) {
        String content = text.content();
        if (!content.contains("{{<")) {
            return text;
        }
        Matcher m = INCLUDE.matcher(weft.prose.Code.blanked(content)); // an include in code or a comment is text
        StringBuilder out = new StringBuilder();
        List<Text.Included> parts = new ArrayList<>();
        int last = 0;
        boolean full = false; // past the limit: the includes after are left out
        while (m.find()) {
            Optional<Text> part = full ? Optional.of(new Text("", text.map()))
                    : part(unquote(m.group(1)), text, m.start(), within, files, used, read, diagnostics);
            if (part.isEmpty()) {
                continue;
            }
            if (!full && out.length() + m.start() - last + part.get().content().length() > MAX_CHARS) {
                diagnostics.error(text.positionAt(m.start()), "with its included parts this text would be over "
                        + MAX_CHARS + " characters: include each part once (this include and the ones after it are"
                        + " not read)");
                full = true;
                part = Optional.of(new Text("", text.map()));
            }
            out.append(content, last, m.start());
            int start = out.length();
            out.append(part.get().content());
            parts.add(new Text.Included(start, out.length(), m.end() - m.start(), part.get()));
            last = m.end();
        }
        if (parts.isEmpty()) {
            return text;
        }
        out.append(content.substring(last));
        return new Text(out.toString(), text.map(), parts, content);
    }

    /** The part {@code name} names, read and its own includes replaced; empty (and an error at the include) if none. */
    private static Optional<Text> part(String name, Text text, int at, List<String> within, ProjectFiles files,
                                       Set<String> used, java.util.Map<String, Optional<Text>> read,
                                       Diagnostics diagnostics) {
        String path = ProjectFiles.CONTENT_DIR + "/" + name;
        if (read.containsKey(path) && !within.contains(path)) {
            return read.get(path);
        }
        String problem = null;
        if (!name.matches("_[^/\\\\]*\\.md")) {
            problem = "an included part is a file of content/ whose name begins with '_' and ends in .md ('_"
                    + "methods-detail.md'), not '" + name + "': a part is no section of its own";
        } else if (within.contains(path)) {
            problem = "'" + name + "' includes itself (" + String.join(" includes ", within) + " includes " + path
                    + "): an include would never end";
        } else if (within.size() > MAX_DEPTH) {
            problem = "parts included more than " + MAX_DEPTH + " deep: include the parts from fewer levels";
        } else if (!files.exists(path)) {
            problem = "the included part '" + name + "' is not in content/";
        }
        if (problem != null) {
            diagnostics.error(text.positionAt(at), problem);
            return Optional.empty();
        }
        used.add(path);
        Optional<Text> part = readPart(path, within, files, used, read, diagnostics);
        read.put(path, part);
        return part;
    }

    private static Optional<Text> readPart(String path, List<String> within, ProjectFiles files, Set<String> used,
                                           java.util.Map<String, Optional<Text>> parts, Diagnostics diagnostics) {
        Optional<String> read = files.read(path, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        if (read.get().startsWith("---\n")) {
            diagnostics.error(new weft.diagnostics.SourcePosition(path, 1, 1), "this part begins with front matter ('---'):"
                    + " a part is pasted where it is included, in that section's text; remove its '---' lines and fields");
            return Optional.empty();
        }
        List<String> deeper = new ArrayList<>(within);
        deeper.add(path);
        return Optional.of(expand(new Text(read.get(), TextMap.ofFile(path, 1)), deeper, files, used, parts, diagnostics));
    }

    private static String unquote(String name) {
        return name.length() >= 2 && (name.startsWith("\"") || name.startsWith("'")) ? name.substring(1, name.length() - 1)
                : name;
    }
}
