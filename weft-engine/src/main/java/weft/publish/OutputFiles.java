package weft.publish;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The files of one output (the publication, or the generated pages of the project site) in memory, by path relative to its root, in a stable order. */
public final class OutputFiles {

    private final Map<String, byte[]> files = new TreeMap<>();

    public void add(String path, byte[] content) {
        files.put(path, content);
    }

    public void add(String path, String content) {
        add(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public Map<String, byte[]> files() {
        return Collections.unmodifiableMap(files);
    }

    public String text(String path) {
        byte[] content = files.get(path);
        return content == null ? null : new String(content, StandardCharsets.UTF_8);
    }
}
