package weft.manuscript;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.read.ProjectFiles;

/**
 * The files a manuscript's text names, brought into content/ with it: each image ({@code ![…](fig/plan.png)}) copied to
 * content/figures/, where Weft reads a figure, and Quarto's includes ({@code {{< include _intro.qmd >}}}) as parts
 * {@code content/_intro.md}, their own images and includes brought so too; the text's paths rewritten to the copies. A
 * file outside the manuscript's folder, or not there, is a warning at the line that names it, and its path is left as
 * written (the build then says what it finds there). Paths in code are text.
 */
final class ManuscriptAssets {

    /** Markdown's image: its description (brackets nested once, as a citation in it) and its destination. */
    private static final Pattern IMAGE = Pattern.compile(
            "!\\[(?:[^\\[\\]\\\\]|\\\\.|\\[(?:[^\\[\\]\\\\]|\\\\.)*\\])*\\]\\(\\s*(<[^>\\n]*>|[^)\\s]+)");
    /** Quarto's include on a line of its own: the part's name bare or quoted. */
    private static final Pattern INCLUDE = Pattern.compile(
            "^([ \\t]{0,3}\\{\\{<\\s*include\\s+)(\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s>]+)(\\s*>}}[ \\t]*)$");
    /** How deep parts may include parts, as the build reads them. */
    private static final int MAX_DEPTH = 8;
    /** The largest file copied: a figure of a photovoice study is a few megabytes. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final ProjectFiles files;
    private final Path project;
    private final Diagnostics diagnostics;
    /** The copies: each file's project path and its bytes, read from the manuscript's folder. */
    final Map<String, byte[]> copies = new LinkedHashMap<>();
    /** The parts: each part's project path and its text. */
    final Map<String, String> parts = new LinkedHashMap<>();
    /** Each file of the manuscript's folder copied or brought, and its name in content/ (from content/). */
    private final Map<Path, String> copied = new LinkedHashMap<>();

    /** What the manuscript holds itself (a Word document's pictures), by the path its text names each with. */
    private final Map<String, byte[]> held;

    /** The project's files an earlier import wrote and nobody changed since, which this one replaces: free names. */
    private final Set<String> replaced;

    ManuscriptAssets(Path folder, Path project, Map<String, byte[]> held, Set<String> replaced, Diagnostics diagnostics) {
        this.files = new ProjectFiles(folder, MAX_BYTES);
        this.project = project;
        this.held = held;
        this.replaced = replaced;
        this.diagnostics = diagnostics;
    }

    /**
     * {@code text} of the file {@code from} (its path in the manuscript's folder), beginning at line {@code firstLine},
     * with the paths of its images and includes rewritten to their copies in content/.
     */
    String bring(String text, String from, int firstLine) {
        return bring(text, from, firstLine, 0);
    }

    private String bring(String text, String from, int firstLine, int depth) {
        String[] lines = text.split("\n", -1);
        BitSet code = CodeLines.of(text);
        for (int i = 0; i < lines.length; i++) {
            if (code.get(i)) {
                continue;
            }
            SourcePosition at = new SourcePosition(from, firstLine + i, 1);
            Matcher include = INCLUDE.matcher(lines[i]);
            if (include.matches()) {
                String name = include.group(2).replaceAll("^[\"']|[\"']$", "");
                Optional<String> part = part(name, from, at, depth);
                if (part.isPresent()) {
                    lines[i] = include.group(1) + part.get() + include.group(3);
                }
                continue;
            }
            lines[i] = images(lines[i], from, at);
        }
        return String.join("\n", lines);
    }

    private String images(String line, String from, SourcePosition at) {
        Matcher m = IMAGE.matcher(line);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String written = m.group(1);
            String path = written.startsWith("<") ? written.substring(1, written.length() - 1) : written;
            Optional<String> copy = local(path) ? copy(path, from, new SourcePosition(at.path(), at.line(), m.start(1) + 1))
                    : Optional.empty();
            if (copy.isPresent()) {
                out.append(line, last, m.start(1)).append(copy.get());
                last = m.end(1);
            }
        }
        return out.append(line.substring(last)).toString();
    }

    /** A path to a file, not an address ({@code https:}, {@code data:}) nor an anchor (one out of the folder is warned of). */
    private static boolean local(String path) {
        return !path.isEmpty() && !path.startsWith("#") && !path.matches("[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /** The image {@code path} (as the text of {@code from} writes it) copied to content/figures/: its path from content/. */
    private Optional<String> copy(String path, String from, SourcePosition at) {
        Optional<Path> source = held.containsKey(path) ? Optional.of(Path.of(path)) : resolve(path, from, at, "image");
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String known = copied.get(source.get());
        if (known != null) {
            return Optional.of(known);
        }
        Optional<byte[]> bytes = held.containsKey(path) ? Optional.of(held.get(path))
                : files.readBytes(source.get().toString().replace('\\', '/'), MAX_BYTES, diagnostics);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        String name = source.get().getFileName().toString();
        String target = "figures/" + name;
        for (int n = 2; taken(ProjectFiles.CONTENT_DIR + "/" + target, bytes.get()); n++) {
            int dot = name.lastIndexOf('.');
            target = "figures/" + (dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n);
        }
        copies.put(ProjectFiles.CONTENT_DIR + "/" + target, bytes.get());
        copied.put(source.get(), target);
        return Optional.of(target);
    }

    /**
     * Whether content/'s file {@code target} is another's: another file of the manuscript's copied there, or a file of
     * the project with other bytes (one with the same bytes is the same figure, which the import leaves as it is).
     */
    private boolean taken(String target, byte[] bytes) {
        if (copies.containsKey(target)) {
            return true;
        }
        if (replaced.contains(target)) {
            return false;
        }
        Path there = project.resolve(target);
        try {
            return Files.exists(there, LinkOption.NOFOLLOW_LINKS) && !ManuscriptImport.holds(there, bytes);
        } catch (java.io.IOException e) {
            return true;
        }
    }

    /** The part {@code name} included by {@code from}, brought as content/_NAME.md: its name for the include. */
    private Optional<String> part(String name, String from, SourcePosition at, int depth) {
        Optional<Path> source = resolve(name, from, at, "included file");
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String known = copied.get(source.get());
        if (known != null) {
            return Optional.of(known);
        }
        String base = source.get().getFileName().toString().replaceFirst("\\.(?i:qmd|rmd|md|markdown)$", "").replaceFirst("^_+", "");
        String target = "_" + base + ".md";
        for (int n = 2; parts.containsKey(ProjectFiles.CONTENT_DIR + "/" + target); n++) {
            target = "_" + base + "-" + n + ".md";
        }
        if (depth >= MAX_DEPTH) {
            diagnostics.warning(at, "the included file '" + name + "' is included " + MAX_DEPTH + " parts deep: not brought;"
                    + " the build reads parts at most so deep");
            return Optional.empty();
        }
        // named before it is read: a part that includes itself is named again, not read again (the build reports it)
        String named = target;
        copied.put(source.get(), named);
        String relative = source.get().toString().replace('\\', '/');
        Optional<String> text = files.read(relative, diagnostics);
        text.ifPresent(t -> parts.put(ProjectFiles.CONTENT_DIR + "/" + named, bring(t, relative, 1, depth + 1)));
        return text.map(t -> named);
    }

    /**
     * {@code path} as the file {@code from} names it, as a path within the manuscript's folder; empty, with a warning,
     * where it leads out of the folder or names no file there.
     */
    private Optional<Path> resolve(String path, String from, SourcePosition at, String what) {
        Path parent = Path.of(from).getParent();
        Path resolved;
        try {
            resolved = (parent == null ? Path.of(path) : parent.resolve(path)).normalize();
        } catch (InvalidPathException e) {
            diagnostics.warning(at, "the " + what + " '" + path + "' is no file's path: not copied");
            return Optional.empty();
        }
        if (resolved.isAbsolute() || resolved.startsWith("..") || resolved.toString().isEmpty()) {
            diagnostics.warning(at, "the " + what + " '" + path + "' is outside the manuscript's folder: not copied; copy it"
                    + " into content/" + (what.equals("image") ? "figures/" : "") + " yourself");
            return Optional.empty();
        }
        if (!Files.isRegularFile(files.root().resolve(resolved))) {
            diagnostics.warning(at, "the " + what + " '" + path + "' is not there: not copied");
            return Optional.empty();
        }
        return Optional.of(resolved);
    }
}
