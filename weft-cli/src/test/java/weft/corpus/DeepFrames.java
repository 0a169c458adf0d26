package weft.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Generators of deep structures: a coding frame that is one chain of nodes, a deeply nested YAML mapping. */
final class DeepFrames {

    /**
     * Replaces the coding frame by a chain {@code depth} nodes deep (with {@code levels} level names) and codes every
     * quote to its leaf; the narratives of the old frame go with it, so the prose no longer names its nodes.
     */
    static void chain(Path project, int depth, int levels) throws IOException {
        StringBuilder yaml = new StringBuilder("levels: [")
                .append(IntStream.rangeClosed(1, levels).mapToObj(i -> "level " + i).collect(Collectors.joining(", ")))
                .append("]\nnodes:\n");
        appendChain(yaml, "node", "Node", depth);
        Files.writeString(project.resolve("coded-data/coding-frame.yaml"), yaml.toString());
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        Files.writeString(quotes, Files.readString(quotes).replaceAll("codes: \\[[^]]*]", "codes: [node-" + depth + "]"));
    }

    /**
     * A coding frame {@code depth} nodes deep written in flow style, one node a line, so that a deep tree stays small:
     * the YAML nesting (two levels a node) passes Jackson's limit of 1,000 at node 500.
     */
    static void flowChain(Path project, int depth) throws IOException {
        StringBuilder yaml = new StringBuilder("levels: [theme, sub-theme]\nnodes:\n");
        for (int i = 1; i <= depth; i++) {
            yaml.append(i == 1 ? "- " : " ").append("{id: node-").append(i).append(", label: Node ").append(i)
                    .append(i < depth ? ", children: [\n" : "}");
        }
        yaml.append("]}".repeat(depth - 1)).append('\n');
        Files.writeString(project.resolve("coded-data/coding-frame.yaml"), yaml.toString());
    }

    /**
     * A further part of the coding frame (coded-data/coding-frame-2.yaml): a chain {@code depth} nodes deep under the
     * node {@code under}, written compactly as {@link #chain} writes one.
     */
    static void partChain(Path project, String under, int depth) throws IOException {
        StringBuilder yaml = new StringBuilder("under: ").append(under).append("\nnodes:\n");
        appendChain(yaml, "part-node", "Part node", depth);
        Files.writeString(project.resolve("coded-data/coding-frame-2.yaml"), yaml.toString());
    }

    /**
     * The list of a chain {@code depth} nodes deep, ids {@code prefix-1} …, labels {@code label 1} …: compact nesting,
     * two columns a level, so that 400 levels stay under 1 MiB.
     */
    private static void appendChain(StringBuilder yaml, String prefix, String label, int depth) {
        for (int i = 1; i <= depth; i++) {
            String pad = "  ".repeat(i - 1);
            yaml.append(pad).append("- id: ").append(prefix).append('-').append(i).append('\n')
                    .append(pad).append("  label: ").append(label).append(' ').append(i).append('\n');
            if (i < depth) {
                yaml.append(pad).append("  children:\n");
            }
        }
    }

    /** An unknown field of study.yaml that holds a mapping {@code depth} levels deep. */
    static String nestedMapping(int depth) {
        StringBuilder yaml = new StringBuilder("nested:\n");
        for (int i = 1; i < depth; i++) {
            yaml.append(" ".repeat(i)).append("k:\n");
        }
        yaml.append(" ".repeat(depth)).append("end\n");
        return yaml.toString();
    }

    private DeepFrames() {
    }
}
