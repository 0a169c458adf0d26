package weft.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The cases too big or too binary to commit: each writes its defect into a copy of the miniature study
 * ({@code project}) or beside it ({@code root}, the case's folder). Named by {@code generate=} in case.properties.
 */
final class Generators {

    /** What a generator does to a case's folder. */
    interface Generator {
        void apply(Path project, Path root) throws IOException;
    }

    private static final int MIB = 1024 * 1024;

    private static final Map<String, Generator> ALL = Map.ofEntries(
            Map.entry("study-over-size-limit", (p, r) -> append(p.resolve("coded-data/study.yaml"), "#" + "x".repeat(MIB) + "\n")),
            Map.entry("quote-file-over-size-limit", (p, r) -> write(p.resolve("coded-data/quotes/huge.yaml"),
                    "quotes:\n" + "# padding\n".repeat(MIB / 10 + 1))),
            Map.entry("huge-comment-line", (p, r) -> append(p.resolve("coded-data/study.yaml"), "# " + "y".repeat(500_000) + "\n")),
            Map.entry("quarto-variables-40000", (p, r) -> {
                write(p.resolve("content/_variables.yml"), "x: ab\n");
                append(p.resolve("content/methods.md"), "\n\n" + "{{< var x >}} ".repeat(40_000) + "\n");
            }),
            Map.entry("huge-word-in-quote", (p, r) -> replace(p.resolve("coded-data/quotes/quotes.yaml"),
                    "The sink is always full.", "w".repeat(20_000))),
            Map.entry("long-quotation-then-words", (p, r) -> replace(p.resolve("coded-data/quotes/quotes.yaml"),
                    "text: The evenings at the table are long and good.", "text: \"" + "so long ".repeat(6000) + "\" she said")),
            Map.entry("quote-id-5000-characters", (p, r) -> replace(p.resolve("coded-data/quotes/quotes.yaml"),
                    "id: sink-full", "id: " + "s".repeat(5000))),
            Map.entry("chain-10-levels", (p, r) -> DeepFrames.chain(p, 10, 10)),
            Map.entry("chain-50-levels", (p, r) -> DeepFrames.chain(p, 50, 50)),
            Map.entry("chain-400-deeper-than-levels", (p, r) -> DeepFrames.chain(p, 400, 2)),
            Map.entry("chain-1000-deep", (p, r) -> DeepFrames.flowChain(p, 1000)),
            Map.entry("frame-part-chain-400-under-a-leaf", (p, r) -> DeepFrames.partChain(p, "dishes", 400)),
            Map.entry("frame-part-under-a-node-of-a-later-part", (p, r) -> {
                write(p.resolve("coded-data/coding-frame-2.yaml"), "under: late\nnodes:\n  - id: early\n    label: Early\n");
                write(p.resolve("coded-data/coding-frame-3.yaml"), "nodes:\n  - id: late\n    label: Late\n");
            }),
            Map.entry("yaml-flow-nesting-10000", (p, r) -> replace(p.resolve("coded-data/study.yaml"),
                    "keywords: [Meals, Housing]", "keywords: " + "[".repeat(10_000) + "]".repeat(10_000))),
            Map.entry("yaml-block-nesting-1000", (p, r) -> append(p.resolve("coded-data/study.yaml"), DeepFrames.nestedMapping(1000))),
            Map.entry("markdown-blockquotes-100000", (p, r) -> append(p.resolve("content/methods.md"), "\n" + ">".repeat(100_000) + " deep\n")),
            Map.entry("markdown-emphasis-100000", (p, r) -> append(p.resolve("content/methods.md"),
                    "\n" + "*_".repeat(50_000) + "x" + "_*".repeat(50_000) + "\n")),
            Map.entry("markdown-brackets-10000", (p, r) -> append(p.resolve("content/methods.md"),
                    "\n\n" + "[".repeat(10_000) + "x" + "]".repeat(10_000) + "\n")),
            Map.entry("invalid-utf8-study-line-4", (p, r) -> Encodings.insertBytes(p.resolve("coded-data/study.yaml"), 4, 7,
                    new byte[] {(byte) 0xC3, (byte) 0x28})),
            Map.entry("invalid-utf8-markdown-line-7", (p, r) -> Encodings.insertBytes(p.resolve("content/methods.md"), 7, 5,
                    new byte[] {(byte) 0xFF})),
            Map.entry("invalid-utf8-bibtex-line-5", (p, r) -> Encodings.insertBytes(p.resolve("content/references.bib"), 5, 14,
                    new byte[] {(byte) 0xE2, (byte) 0x82})),
            Map.entry("nul-byte-study-line-4", (p, r) -> Encodings.insertBytes(p.resolve("coded-data/study.yaml"), 4, 1, new byte[] {0})),
            Map.entry("utf16le-with-bom", (p, r) -> Encodings.reencode(p.resolve("coded-data/study.yaml"), StandardCharsets.UTF_16LE, true)),
            Map.entry("utf16be-without-bom", (p, r) -> Encodings.reencode(p.resolve("coded-data/study.yaml"), StandardCharsets.UTF_16BE, false)),
            Map.entry("utf8-bom-everywhere", (p, r) -> Encodings.everyInput(p, t -> "\uFEFF" + t)),
            Map.entry("crlf-everywhere", (p, r) -> Encodings.everyInput(p, t -> t.replace("\n", "\r\n"))),
            Map.entry("cr-only-study", (p, r) -> Encodings.everyInput(p.resolve("coded-data"), t -> t.replace("\n", "\r"))),
            Map.entry("output-is-existing-file", (p, r) -> write(r.resolve("notes.txt"), "my notes\n")),
            Map.entry("qdpx-that-is-no-zip", (p, r) -> write(r.resolve("nvivo-may.qdpx"), "not a zip\n")),
            Map.entry("output-is-folder-of-the-user", (p, r) -> write(r.resolve("thesis/chapter1.txt"), "months of work\n")),
            Map.entry("user-staging-folder", (p, r) -> write(r.resolve("out.staging/keep.txt"), "the user's own folder\n")),
            Map.entry("user-previous-folder", (p, r) -> write(r.resolve("out.previous/keep.txt"), "the user's own folder\n")),
            Map.entry("figure-with-payloads-in-its-metadata", (p, r) -> Figures.withPayloads(p.resolve("content/figures/plan.png"))),
            Map.entry("svg-figure-with-payloads", (p, r) -> Figures.svgWithPayloads(p.resolve("content/figures/model.svg"))),
            Map.entry("svg-figure-reading-files", (p, r) -> Figures.svgReadingFiles(p.resolve("content/figures/model.svg"))),
            Map.entry("outside-figure", (p, r) -> Figures.withPayloads(r.resolve("outside/plan.png"))),
            Map.entry("outside-quote-file", (p, r) -> write(r.resolve("outside/quotes.yaml"), Files.readString(
                    p.resolve("coded-data/quotes/quotes.yaml")))));

    static void apply(String name, Path project, Path root) throws IOException {
        Generator generator = ALL.get(name);
        if (generator == null) {
            throw new IllegalArgumentException("no generator named " + name);
        }
        generator.apply(project, root);
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text, StandardCharsets.UTF_8);
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " does not contain " + from);
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    static Stream<Path> files(Path folder) {
        try {
            return Files.walk(folder).filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Generators() {
    }
}
