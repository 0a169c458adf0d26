package weft.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.PreparedStudy;
import weft.build.Weft;
import weft.publish.OutputNames;

/** Times full in-process renders of a project: the first (cold JVM) and the following (warm). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times full builds of the project in memory: cold (first, in a fresh JVM) and warm (median of the rest).")
final class Bench implements Callable<Integer> {

    @Option(names = {"-p", "--project"}, defaultValue = ".", description = "The project folder.", converter = ProjectFolder.class)
    Path project;

    @Option(names = "--runs", defaultValue = "30", converter = NonNegative.class,
            description = "Warm runs after the cold one (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--import", paramLabel = "FILE", description = "Time the import of this REFI-QDA file (.qdc, .qde, .qdpx)"
            + " instead of builds: cold (first in this JVM) and warm runs.")
    Path importFile;

    @Option(names = "--stage", defaultValue = "build",
            description = "What to time: build (read, check, render everything), evidence (the evidence site alone, "
                    + "after the article is rendered once), pdf (article.pdf alone, likewise), manuscripts (article.jats.xml and "
                    + "article.docx alone, likewise) or preview (weft serve on a copy of the "
                    + "project: from a file's write to the reload event, --runs prose edits and as many recodings) "
                    + "(default: ${DEFAULT-VALUE}).")
    String stage;

    @Option(names = "--no-docx", description = "Time builds (and the preview) without article.docx.")
    boolean noDocx;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private BuildOptions options() {
        return BuildOptions.defaults().docx(!noDocx);
    }

    @Override
    public Integer call() {
        if (importFile != null) {
            return importing();
        }
        if (stage.equals("evidence")) {
            return evidence();
        }
        if (stage.equals("pdf")) {
            return pdf();
        }
        if (stage.equals("manuscripts")) {
            return manuscripts();
        }
        if (stage.equals("preview")) {
            try {
                return new PreviewBench(project, runs, spec.commandLine().getOut(), options()).run();
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("weft: " + e.getMessage());
                return 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        if (!stage.equals("build")) {
            spec.commandLine().getErr().println("unknown stage '" + stage + "' (known: build, evidence, pdf, manuscripts, preview)");
            return 2;
        }
        var out = spec.commandLine().getOut();
        long start = System.nanoTime();
        Weft weft = new Weft();
        BuildResult first = weft.render(project, options());
        long cold = System.nanoTime() - start;
        if (!first.succeeded()) {
            return Main.report(first, spec.commandLine().getErr());
        }
        timeWarm("build", cold, () -> weft.render(project, options()));
        out.printf("files: %d%n", first.publication().get().files().size());
        return 0;
    }

    /** Times {@code weft import} of a file without writing it: reading, the tree, the quotes cut, the YAML. */
    private Integer importing() {
        var out = spec.commandLine().getOut();
        long start = System.nanoTime();
        weft.diagnostics.Diagnostics first = new weft.diagnostics.Diagnostics();
        var imported = weft.qda.FrameImport.of(importFile, java.util.Optional.empty(), first);
        long cold = System.nanoTime() - start;
        if (imported.isEmpty()) {
            first.sorted().forEach(spec.commandLine().getErr()::println);
            return 1;
        }
        timeWarm("import", cold, () -> weft.qda.FrameImport.of(importFile, java.util.Optional.empty(), new weft.diagnostics.Diagnostics()));
        out.printf("quotes: %d lines of YAML%n", imported.get().quotes().map(q -> q.lines().count()).orElse(0L));
        return 0;
    }

    /** Times the evidence stage alone: cold (first run in this JVM) and warm runs, as for whole builds. */
    private Integer evidence() {
        var out = spec.commandLine().getOut();
        PreparedStudy prepared = new Weft().prepare(project, BuildOptions.defaults());
        if (!prepared.ready()) {
            return notReady(prepared);
        }
        long start = System.nanoTime();
        BuildResult first = prepared.evidenceStage();
        long cold = System.nanoTime() - start;
        timeWarm("evidence stage", cold, prepared::evidenceStage);
        out.printf("files: %d%n", first.publication().map(p -> p.files().size()).orElse(0));
        return first.succeeded() ? 0 : Main.report(first, spec.commandLine().getErr());
    }

    /** Times the manuscripts' stage alone (article.jats.xml and article.docx), cold and warm, as for whole builds. */
    private Integer manuscripts() {
        var out = spec.commandLine().getOut();
        PreparedStudy prepared = new Weft().prepare(project, BuildOptions.defaults());
        if (!prepared.ready()) {
            return notReady(prepared);
        }
        long start = System.nanoTime();
        BuildResult first = prepared.manuscriptsStage();
        long cold = System.nanoTime() - start;
        timeWarm("manuscripts stage (JATS and Word)", cold, prepared::manuscriptsStage);
        out.printf("bytes: %s%n", first.publication().map(p -> p.files().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().length).toList().toString()).orElse("none"));
        return first.succeeded() ? 0 : Main.report(first, spec.commandLine().getErr());
    }

    /** Times the PDF stage alone: cold (first run in this JVM) and warm runs, as for whole builds. */
    private Integer pdf() {
        var out = spec.commandLine().getOut();
        PreparedStudy prepared = new Weft().prepare(project, BuildOptions.defaults());
        if (!prepared.ready()) {
            return notReady(prepared);
        }
        // CPU time of this thread as well: on a machine shared with other work, wall time says more about the machine
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        BuildResult first = prepared.pdfStage();
        long cold = System.nanoTime() - start;
        long coldCpu = threads.getCurrentThreadCpuTime() - startCpu;
        long[] warm = new long[runs];
        long[] warmCpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            prepared.pdfStage();
            warm[i] = System.nanoTime() - t;
            warmCpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(warm);
        Arrays.sort(warmCpu);
        out.printf("cold PDF stage (first in this JVM): %.1f ms (thread CPU %.1f ms)%n", cold / 1e6, coldCpu / 1e6);
        if (runs > 0) {
            out.printf("warm PDF stage: median %.1f ms, min %.1f ms, max %.1f ms over %d runs (thread CPU median %.1f ms)%n",
                    warm[runs / 2] / 1e6, warm[0] / 1e6, warm[runs - 1] / 1e6, runs, warmCpu[runs / 2] / 1e6);
        }
        byte[] pdf = first.publication().map(p -> p.files().get(OutputNames.PDF)).orElse(null);
        out.printf("article.pdf: %d bytes%n", pdf == null ? 0 : pdf.length);
        return first.succeeded() ? 0 : Main.report(first, spec.commandLine().getErr());
    }

    /** Prints the cold time, runs {@code run} {@code runs} times and prints the warm times (median, min, max). */
    private void timeWarm(String what, long cold, Runnable run) {
        var out = spec.commandLine().getOut();
        long[] warm = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            run.run();
            warm[i] = System.nanoTime() - t;
        }
        Arrays.sort(warm);
        out.printf("cold %s (first in this JVM): %.1f ms%n", what, cold / 1e6);
        if (runs > 0) {
            out.printf("warm %s: median %.1f ms, min %.1f ms, max %.1f ms over %d runs%n",
                    what, warm[runs / 2] / 1e6, warm[0] / 1e6, warm[runs - 1] / 1e6, runs);
        }
    }

    /** Reports why the study could not be prepared: its diagnostics and their count; exit code 1. */
    private int notReady(PreparedStudy prepared) {
        prepared.diagnostics().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().println(prepared.summary());
        return 1;
    }
}
