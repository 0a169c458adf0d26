package weft.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import weft.build.BuildOptions;
import weft.publish.TemporaryFolders;
import weft.serve.Preview;
import weft.serve.ReloadListener;

/**
 * {@code weft bench --stage preview}: the live preview's latency, from a file's write to the reload event reaching a
 * connected client, on a copy of the project (the project itself is never touched). Two kinds of edit, alternated so
 * that the machine's noise falls on both alike: a prose edit (a sentence added to the end of a prose file, a different
 * one each time) and a recoding (one quote moved between two nodes and back). Each edit waits until the previous one's
 * PDF is laid out, so that every edit meets a quiet preview; the first few of each kind are not counted (the JIT).
 */
final class PreviewBench {

    private static final int WARM_UP = 5;
    private static final Pattern SINGLE_CODE = Pattern.compile("(?m)^(\\s*codes: \\[)([a-z0-9-]+)(\\]\\s*)$");

    private final Path project;
    private final int edits;
    private final PrintWriter out;
    private final BuildOptions options;

    PreviewBench(Path project, int edits, PrintWriter out, BuildOptions options) {
        this.project = project;
        this.edits = edits;
        this.out = out;
        this.options = options;
    }

    int run() throws IOException, InterruptedException {
        Path copy = TemporaryFolders.create("weft-preview-bench-");
        try {
            for (String folder : List.of("coded-data", "content", "templates", "site")) {
                if (Files.isDirectory(project.resolve(folder))) {
                    TemporaryFolders.copyTree(project.resolve(folder), copy.resolve(folder));
                }
            }
            return measure(copy);
        } finally {
            TemporaryFolders.delete(copy); // the folder this benchmark made
        }
    }

    private int measure(Path copy) throws IOException, InterruptedException {
        Optional<Path> prose = proseFile(copy);
        Optional<Recoding> recoding = Recoding.find(copy);
        if (prose.isEmpty() || recoding.isEmpty()) {
            out.println("the project needs a content/*.md file and a quote coded to a single node, and another to another");
            return 2;
        }
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        long started = System.nanoTime();
        try (Preview preview = Preview.start(copy, options, InetAddress.getLoopbackAddress(), 0, false, quiet, quiet);
             ReloadListener listener = ReloadListener.connect(preview.uri())) {
            out.printf("first build and start: %.0f ms%n", (System.nanoTime() - started) / 1e6);
            long generation = listener.awaitGenerationAfter(0, 600);
            String original = Files.readString(prose.get());
            List<Double> proseTimes = new ArrayList<>();
            List<Double> recodingTimes = new ArrayList<>();
            for (int i = 0; i < WARM_UP + edits; i++) {
                awaitPdf(preview.uri());
                long t0 = System.nanoTime();
                Files.writeString(prose.get(), original + "\n\nA sentence added by the benchmark, number " + i + ".\n");
                generation = listener.awaitGenerationAfter(generation, 600);
                double proseMs = (System.nanoTime() - t0) / 1e6;
                awaitPdf(preview.uri());
                t0 = System.nanoTime();
                recoding.get().toggle();
                generation = listener.awaitGenerationAfter(generation, 600);
                double recodingMs = (System.nanoTime() - t0) / 1e6;
                if (i >= WARM_UP) {
                    proseTimes.add(proseMs);
                    recodingTimes.add(recodingMs);
                }
            }
            out.printf("prose edit to reload event: %s over %d edits (after %d not counted)%n", figures(proseTimes), edits, WARM_UP);
            out.printf("recoding to reload event:   %s over %d edits (after %d not counted)%n", figures(recodingTimes), edits, WARM_UP);
            out.printf("recoded: %s%n", recoding.get());
        }
        return 0;
    }

    /** Waits until the current publication's PDF is laid out (a request for it waits for the layout). */
    private static void awaitPdf(URI preview) throws IOException, InterruptedException {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(preview.resolve("article.pdf")).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static String figures(List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return "no edits";
        }
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
        return String.format("median %.1f ms, 95th percentile %.1f ms, min %.1f, max %.1f", median, p95, sorted[0],
                Arrays.stream(sorted).max().orElse(0));
    }

    private static Optional<Path> proseFile(Path copy) throws IOException {
        Path discussion = copy.resolve("content/discussion.md");
        if (Files.isRegularFile(discussion)) {
            return Optional.of(discussion);
        }
        try (Stream<Path> files = Files.list(copy.resolve("content"))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst();
        }
    }

    /** One quote coded to a single node, moved to another node (that of another quote) and back. */
    private static final class Recoding {
        private final Path file;
        private final String from;
        private final String to;
        private final int offset;
        private boolean moved;

        private Recoding(Path file, String from, String to, int offset) {
            this.file = file;
            this.from = from;
            this.to = to;
            this.offset = offset;
        }

        static Optional<Recoding> find(Path copy) throws IOException {
            List<Path> files;
            try (Stream<Path> list = Files.list(copy.resolve("coded-data/quotes"))) {
                files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            }
            for (Path file : files) {
                Matcher first = SINGLE_CODE.matcher(Files.readString(file));
                if (!first.find()) {
                    continue;
                }
                String from = first.group(2);
                int at = first.start(2);
                for (Path other : files) {
                    Matcher m = SINGLE_CODE.matcher(Files.readString(other));
                    while (m.find()) {
                        if (!m.group(2).equals(from)) {
                            return Optional.of(new Recoding(file, from, m.group(2), at));
                        }
                    }
                }
            }
            return Optional.empty();
        }

        void toggle() throws IOException {
            String text = Files.readString(file);
            String now = moved ? to : from;
            String next = moved ? from : to;
            Files.writeString(file, text.substring(0, offset) + next + text.substring(offset + now.length()));
            moved = !moved;
        }

        @Override
        public String toString() {
            return "a quote of " + project(file) + " between " + from + " and " + to;
        }

        private static String project(Path file) {
            return file.getParent().getParent().getFileName() + "/" + file.getParent().getFileName() + "/" + file.getFileName();
        }
    }
}
