package weft.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A complete synthetic project of a given size, for benchmarks: a three-level coding frame, quotes of
 * made-up English words coded to its leaves, narratives that present two quotes per category, and the
 * prose sections. The same seed gives the same files (java.util.Random is specified to the bit).
 */
final class SyntheticStudy {

    /** Quotes per file, so that no file comes near the input size limit. */
    static final int QUOTES_PER_FILE = 1000;

    private static final String[] WORDS = ("family home mother father sister brother parents dinner table evening "
            + "morning night work school friends forum thread message time years days room door window phone screen "
            + "game internet talk silence words voice anger fear hope worry shame guilt love care support help money "
            + "debt job study plan future past childhood memory house street city village winter summer rain snow "
            + "light dark quiet loud alone together always never often sometimes maybe really still again later "
            + "before after because although while when where nobody somebody everyone nothing something everything "
            + "want need feel think know remember forget try leave stay wait answer ask listen hear see look wish "
            + "tired calm angry afraid lonely happy sad strange normal difficult easy small large long short old new").split(" ");

    private final Random random;
    private final int quoteCount;
    private final int nodeCount;

    SyntheticStudy(int quotes, int nodes, long seed) {
        if (quotes < 1 || nodes < 3) {
            throw new IllegalArgumentException("a synthetic study needs at least 1 quote and 3 nodes");
        }
        this.random = new Random(seed);
        this.quoteCount = quotes;
        this.nodeCount = nodes;
    }

    private record Node(String id, String label, int depth, List<Node> children) {
    }

    private record Leaf(Node node, Node category) {
    }

    /** Writes the project into {@code dir} (created if needed); returns the number of files written. */
    int write(Path dir) throws IOException {
        List<Node> roots = frame();
        List<Leaf> leaves = new ArrayList<>();
        for (Node root : roots) {
            for (Node category : root.children()) {
                if (category.children().isEmpty()) {
                    leaves.add(new Leaf(category, category));
                }
                category.children().forEach(sub -> leaves.add(new Leaf(sub, category)));
            }
        }
        Map<String, List<String>> presented = new LinkedHashMap<>();
        List<String> quoteYaml = quotes(leaves, presented);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("coded-data/study.yaml", study());
        files.put("coded-data/coding-frame.yaml", codingFrame(roots, presented));
        for (int i = 0; i * QUOTES_PER_FILE < quoteYaml.size(); i++) {
            StringBuilder part = new StringBuilder("quotes:\n");
            quoteYaml.subList(i * QUOTES_PER_FILE, Math.min(quoteYaml.size(), (i + 1) * QUOTES_PER_FILE)).forEach(part::append);
            files.put(String.format("coded-data/quotes/part-%03d.yaml", i + 1), part.toString());
        }
        files.putAll(prose(roots));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
        }
        return files.size();
    }

    /** About one main category per 50 nodes, one category per 7 of the rest, the others sub-categories. */
    private List<Node> frame() {
        int rootCount = Math.max(1, (nodeCount + 49) / 50);
        int rest = nodeCount - rootCount;
        int categoryCount = Math.max(1, Math.min(rest, (rest + 6) / 7));
        int subCount = rest - categoryCount;
        List<Node> roots = new ArrayList<>();
        for (int r = 0; r < rootCount; r++) {
            roots.add(new Node(String.format("main-%03d", r + 1), "Main category " + (r + 1) + ": " + phrase(3), 1, new ArrayList<>()));
        }
        List<Node> categories = new ArrayList<>();
        for (int c = 0; c < categoryCount; c++) {
            Node category = new Node(String.format("cat-%04d", c + 1), capitalised(phrase(3 + random.nextInt(3))), 2, new ArrayList<>());
            roots.get(c % rootCount).children().add(category);
            categories.add(category);
        }
        for (int s = 0; s < subCount; s++) {
            categories.get(s % categoryCount).children().add(
                    new Node(String.format("sub-%05d", s + 1), capitalised(phrase(2 + random.nextInt(4))), 3, List.of()));
        }
        return roots;
    }

    private List<String> quotes(List<Leaf> leaves, Map<String, List<String>> presented) {
        List<String> yaml = new ArrayList<>();
        for (int q = 0; q < quoteCount; q++) {
            String id = String.format("q-%06d", q + 1);
            // every leaf gets a quote before any gets a second, so that no leaf is left without evidence
            Leaf leaf = q < leaves.size() ? leaves.get(q) : leaves.get(random.nextInt(leaves.size()));
            List<String> codes = new ArrayList<>(List.of(leaf.node().id()));
            if (random.nextInt(10) == 0) {
                String other = leaves.get(random.nextInt(leaves.size())).node().id();
                if (!codes.contains(other)) {
                    codes.add(other);
                }
            }
            List<String> shown = presented.computeIfAbsent(leaf.category().id(), k -> new ArrayList<>());
            boolean present = shown.size() < 2;
            if (present) {
                shown.add(id);
            }
            StringBuilder y = new StringBuilder();
            y.append("  - id: ").append(id).append('\n');
            y.append("    text: ").append(quoted(capitalised(phrase(6 + random.nextInt(30))) + ".")).append('\n');
            y.append("    translatedFrom: fi\n");
            if (random.nextInt(20) == 0) {
                y.append("    original: {text: ").append(quoted(phrase(6 + random.nextInt(10)).replace('a', 'ä'))).append(", language: fi}\n");
            }
            y.append("    codes: [").append(String.join(", ", codes)).append("]\n");
            y.append("    presented: ").append(present).append('\n');
            if (random.nextBoolean()) {
                y.append("    source: {recorded: true, thread: \"Thread ").append(1 + random.nextInt(500))
                        .append("\", message: \"").append(1 + random.nextInt(9000)).append("\"}\n");
            } else {
                y.append("    source: {recorded: false, note: \"The thread and message were not recorded.\"}\n");
            }
            yaml.add(y.toString());
        }
        return yaml;
    }

    private String codingFrame(List<Node> roots, Map<String, List<String>> presented) {
        StringBuilder y = new StringBuilder("levels: [\"main category\", \"category\", \"sub-category\"]\nnodes:\n");
        for (Node root : roots) {
            node(y, root, "  ", presented, "The main category {{node:" + root.id() + "}} holds {{count:children}} categories and "
                    + "{{count:quotes}} quotes.");
        }
        return y.toString();
    }

    private void node(StringBuilder y, Node n, String indent, Map<String, List<String>> presented, String narrative) {
        y.append(indent).append("- id: ").append(n.id()).append('\n');
        y.append(indent).append("  label: ").append(quoted(n.label())).append('\n');
        y.append(indent).append("  description: ").append(quoted(capitalised(phrase(8 + random.nextInt(12))) + ".")).append('\n');
        if (narrative != null) {
            y.append(indent).append("  narrative: ").append(quoted(narrative)).append('\n');
        }
        if (!n.children().isEmpty()) {
            y.append(indent).append("  children:\n");
            for (Node c : n.children()) {
                node(y, c, indent + "    ", presented, c.depth() == 2 ? categoryNarrative(c, presented.get(c.id())) : null);
            }
        }
    }

    /** Names the category and presents the (up to two) quotes chosen for it. */
    private static String categoryNarrative(Node category, List<String> quotes) {
        StringBuilder n = new StringBuilder("The forum users wrote about {{node:" + category.id() + "|"
                + category.label().toLowerCase(java.util.Locale.ROOT) + "}} in {{count:quotes}} quotes.");
        List<String> shown = quotes == null ? List.of() : quotes;
        for (int i = 0; i < shown.size(); i++) {
            n.append(i == 0 ? " One wrote {{quote:" : " Another wrote {{quote:").append(shown.get(i)).append("}}.");
        }
        return n.toString();
    }

    private Map<String, String> prose(List<Node> roots) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/abstract.md", front("abstract", "Abstract", "abstract", 0) + paragraph(3) + "\n");
        files.put("content/introduction.md", front("introduction", "Introduction", "section", 10) + paragraph(6)
                + "\n\n## Aim\n\n" + paragraph(3) + "\n");
        files.put("content/methods.md", front("methods", "Methods", "section", 20) + "The data were "
                + "{{value:corpus.messages}} messages in {{value:corpus.threadsIncluded}} threads. " + paragraph(5) + "\n");
        StringBuilder results = new StringBuilder(front("results", "Results", "results", 30));
        results.append("The analysis gave {{count:level1}} main categories: ");
        for (int i = 0; i < roots.size(); i++) {
            results.append(i == 0 ? "" : i == roots.size() - 1 ? " and " : ", ").append("{{node:").append(roots.get(i).id()).append("}}");
        }
        results.append(".\n");
        files.put("content/results.md", results.toString());
        files.put("content/discussion.md", front("discussion", "Discussion", "section", 40) + paragraph(8) + "\n");
        return files;
    }

    private static String front(String id, String title, String kind, int order) {
        return "---\nid: " + id + "\ntitle: " + title + "\nkind: " + kind + "\norder: " + order + "\n---\n\n";
    }

    private String study() {
        return """
                title: "A synthetic study of %d quotes over %d nodes"
                language: en
                authors:
                  - name: "Synthetic Author"
                    given: "Synthetic"
                    family: "Author"
                    affiliations: [lab]
                    corresponding: true
                affiliations:
                  - id: lab
                    name: "Benchmark Laboratory"
                keywords: ["Benchmark", "Synthetic data"]
                corpus:
                  description: "Made-up forum messages generated for a benchmark (seeded, reproducible)."
                  name: "Synthetic forum"
                  language: fi
                  collected: "January 2024"
                  collectedFrom: "2024-01"
                  collectedTo: "2024-01"
                  threadsTotal: 5000
                  threadsIncluded: 500
                  messages: %d
                  participants: "Not known: the forum is anonymous."
                  selection: "Every thread was included."
                contentNote: "The synthetic quotes are harmless, but real studies may quote distressing experiences."
                presentation:
                  date: "2024-02-01"
                  resultsNumbering: flat
                  headingLevels: 2
                """.formatted(quoteCount, nodeCount, quoteCount * 3L);
    }

    private String paragraph(int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            p.append(i == 0 ? "" : " ").append(capitalised(phrase(8 + random.nextInt(14)))).append('.');
        }
        return p.toString();
    }

    private String phrase(int words) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < words; i++) {
            p.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return p.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
