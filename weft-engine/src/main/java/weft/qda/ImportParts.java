package weft.qda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.build.BuildOptions;
import weft.read.ProjectFiles;

/**
 * An import's lists in files small enough for the build to read: the build refuses an input file over
 * {@link BuildOptions#maxFileBytes} (1 MiB), and the coded selections of a large project take more, as do the cases of
 * a large survey, and the codes of a large project. The first part of the quotes is
 * {@code coded-data/quotes/imported.yaml}, the next {@code imported-2.yaml}, {@code imported-3.yaml} and so on; the
 * participants' are {@code coded-data/participants.yaml}, {@code participants-2.yaml} and so on; the coding frame's
 * {@code coded-data/coding-frame.yaml}, {@code coding-frame-2.yaml} and so on. Each part of a list is cut between two
 * of its items (the coding frame's between nodes of its tree); a later import reads them back as one, and the build
 * reads them all ({@link ProjectFiles#partNumber}).
 */
enum ImportParts {

    QUOTES(ProjectFiles.QUOTES_DIR, "imported", "quotes", "the coded text selections"),
    PARTICIPANTS("coded-data", "participants", "participants", "the participants"),
    /** The coding frame of thousands of codes: a tree, cut between nodes ({@link FrameSplit}). */
    FRAME("coded-data", "coding-frame", "nodes", "the coding frame") {
        @Override
        Map<String, String> split(String yaml) {
            return FrameSplit.split(yaml, this);
        }
    };

    /** The most a part holds: below the build's limit, with room for a header. */
    static final long PART_BYTES = BuildOptions.defaults().maxFileBytes() - 64 * 1024;
    /** How every part written by an import begins: a part that does not is not Weft's, and is never removed. */
    static final String HEADER = "# Imported by weft import";

    /** An item's first line in the YAML an import writes (the list in block style, two spaces, a dash). */
    private static final Pattern ITEM_START = Pattern.compile("(?m)^  - ");

    private final String folder;
    private final String stem;
    private final String key;
    private final String what;

    ImportParts(String folder, String stem, String key, String what) {
        this.folder = folder;
        this.stem = stem;
        this.key = key;
        this.what = what;
    }

    /** The list's key in every part ({@code quotes}, {@code participants}). */
    String key() {
        return key;
    }

    /** The project path of part {@code n} (from 1). */
    String path(int n) {
        return folder + "/" + stem + (n == 1 ? "" : "-" + n) + ".yaml";
    }

    /** Whether a file's name (in the parts' folder) is that of a part. */
    boolean isPart(String fileName) {
        return ProjectFiles.partNumber(stem, fileName) > 0;
    }

    /** The file's text in parts, by project path in order (the first part first), each cut where an item begins. */
    Map<String, String> split(String yaml) {
        Map<String, String> parts = new LinkedHashMap<>();
        Matcher listKey = Pattern.compile("(?m)^" + key + ":\\n").matcher(yaml);
        if (yaml.getBytes(StandardCharsets.UTF_8).length <= PART_BYTES || !listKey.find()) {
            parts.put(path(1), yaml);
            return parts;
        }
        List<Integer> starts = new ArrayList<>();
        Matcher item = ITEM_START.matcher(yaml);
        while (item.find(starts.isEmpty() ? listKey.end() : starts.get(starts.size() - 1) + 1)) {
            starts.add(item.start());
        }
        starts.add(yaml.length());
        StringBuilder part = new StringBuilder(yaml.substring(0, starts.get(0)));
        long bytes = utf8(part);
        int headerLength = part.length();
        for (int i = 0; i + 1 < starts.size(); i++) {
            String text = yaml.substring(starts.get(i), starts.get(i + 1));
            long size = utf8(text);
            if (part.length() > headerLength && bytes + size > PART_BYTES) {
                parts.put(path(parts.size() + 1), part.toString());
                int next = parts.size() + 1;
                part = new StringBuilder(HEADER + ": part " + next + " of " + what + " (" + stem + ".yaml holds the first; an"
                        + " import reads and writes them all).\n" + key + ":\n");
                bytes = utf8(part);
                headerLength = part.length();
            }
            part.append(text);
            bytes += size;
        }
        parts.put(path(parts.size() + 1), part.toString());
        return parts;
    }

    /** The parts in the project, in their order (the first, then part 2 ...): those that exist, folders left out. */
    List<Path> existing(Path project) {
        return new ProjectFiles(project, BuildOptions.defaults().maxFileBytes()).parts(folder, stem).stream()
                .map(project::resolve).filter(f -> !Files.isDirectory(f)).toList();
    }

    /** The project path of {@code part}, a file of {@link #existing}. */
    String projectPath(Path part) {
        return folder + "/" + part.getFileName();
    }

    /** Whether the part at {@code file} begins as an import writes it (and so may be replaced or removed by one). */
    static boolean isWeftsOwn(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(l -> l.startsWith(HEADER)).orElse(false);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static long utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
