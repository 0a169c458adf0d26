package weft.qda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.build.BuildOptions;
import weft.read.ProjectFiles;

/**
 * The imported quotes in files small enough for the build to read: the build refuses an input file over
 * {@link BuildOptions#maxFileBytes} (1 MiB), and the coded selections of a large project take more. The first part is
 * {@code coded-data/quotes/imported.yaml}, the next {@code imported-2.yaml}, {@code imported-3.yaml} and so on, each
 * cut between two quotes; a later import reads them back as one list.
 */
final class QuoteParts {

    /** The most a part holds: below the build's limit, with room for a header. */
    static final long PART_BYTES = BuildOptions.defaults().maxFileBytes() - 64 * 1024;
    /** How every part written by an import begins: a part that does not is not Weft's, and is never removed. */
    static final String HEADER = "# Imported by weft import";

    private static final Pattern PART = Pattern.compile("imported(?:-([2-9]|[1-9][0-9]{1,5}))?\\.yaml");
    /** A quote's first line in the YAML an import writes ({@code quotes:} in block style, two spaces, a dash). */
    private static final Pattern QUOTE_START = Pattern.compile("(?m)^  - ");
    private static final Pattern QUOTES_KEY = Pattern.compile("(?m)^quotes:\\n");

    private QuoteParts() {
    }

    /** The project path of part {@code n} (from 1). */
    static String path(int n) {
        return ProjectFiles.QUOTES_DIR + (n == 1 ? "/imported.yaml" : "/imported-" + n + ".yaml");
    }

    /** Whether a quote file's name is that of a part of the import. */
    static boolean isPart(String fileName) {
        return PART.matcher(fileName).matches();
    }

    /** The quote file's text in parts, by project path in order (imported.yaml first), each cut where a quote begins. */
    static Map<String, String> split(String yaml) {
        Map<String, String> parts = new LinkedHashMap<>();
        Matcher key = QUOTES_KEY.matcher(yaml);
        if (yaml.getBytes(StandardCharsets.UTF_8).length <= PART_BYTES || !key.find()) {
            parts.put(path(1), yaml);
            return parts;
        }
        List<Integer> starts = new ArrayList<>();
        Matcher quote = QUOTE_START.matcher(yaml);
        while (quote.find(starts.isEmpty() ? key.end() : starts.get(starts.size() - 1) + 1)) {
            starts.add(quote.start());
        }
        starts.add(yaml.length());
        StringBuilder part = new StringBuilder(yaml.substring(0, starts.get(0)));
        long bytes = utf8(part);
        int headerLength = part.length();
        for (int i = 0; i + 1 < starts.size(); i++) {
            String item = yaml.substring(starts.get(i), starts.get(i + 1));
            long size = utf8(item);
            if (part.length() > headerLength && bytes + size > PART_BYTES) {
                parts.put(path(parts.size() + 1), part.toString());
                int next = parts.size() + 1;
                part = new StringBuilder(HEADER + ": part " + next + " of the coded text selections (imported.yaml holds"
                        + " the first; an import reads and writes them all).\nquotes:\n");
                bytes = utf8(part);
                headerLength = part.length();
            }
            part.append(item);
            bytes += size;
        }
        parts.put(path(parts.size() + 1), part.toString());
        return parts;
    }

    /** The parts in the project, in their order (imported.yaml, then imported-2.yaml ...): those that exist. */
    static List<Path> existing(Path project) {
        Map<Integer, Path> found = new TreeMap<>();
        Path folder = project.resolve(ProjectFiles.QUOTES_DIR);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            files.forEach(f -> {
                Matcher m = PART.matcher(f.getFileName().toString());
                if (m.matches()) {
                    found.put(m.group(1) == null ? 1 : Integer.parseInt(m.group(1)), f);
                }
            });
        } catch (IOException e) {
            return List.of(); // a folder that cannot be listed holds no part this import can read
        }
        return List.copyOf(found.values());
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
