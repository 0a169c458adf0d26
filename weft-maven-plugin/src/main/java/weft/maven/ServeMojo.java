package weft.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.BindException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import weft.build.BuildOptions;
import weft.manuscript.ManuscriptImport;
import weft.serve.ImportFollower;
import weft.serve.Preview;

/**
 * The live preview, {@code mvn weft:serve}: builds the study, serves the publication on {@code 127.0.0.1} (port
 * {@code weft.port}, 4000 by default, or a free one when that is taken), rebuilds it whenever a file in
 * {@code coded-data}, {@code content}, {@code templates} or {@code site} changes and makes the open pages reload
 * themselves; a broken input shows its diagnostics over the last good page. Writes nothing (but content/, from a
 * {@code weft.manuscript} followed, and coded-data/, with {@code weft.coding}); Ctrl-C stops it.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends SheetReadingMojo {

    static final int DEFAULT_PORT = 4000;

    /** The address to listen on; {@code 0.0.0.0} lets anyone who can reach this computer read the publication. */
    @Parameter(property = "weft.host", defaultValue = "127.0.0.1")
    String host;

    /** The port; when not set, 4000 or, if that is taken, a free one. A port set here must be free. */
    @Parameter(property = "weft.port")
    Integer port;

    /**
     * A manuscript the prose is written in (.docx, .md, .qmd, .Rmd): imported into content/ before the preview starts
     * and again each time it is saved, as {@code weft:import} does.
     */
    @Parameter(property = "weft.manuscript")
    File manuscript;

    /**
     * A QDA tool's export (.qdpx) or a spreadsheet of the coding (.xlsx, .ods, .csv): imported into coded-data/ before
     * the preview starts and again each time it is saved, as {@code weft:import} does (merged with the earlier import).
     */
    @Parameter(property = "weft.coding")
    File coding;

    @Override
    void run(BuildOptions options) throws MojoExecutionException, MojoFailureException {
        AtomicReference<Preview> serving = new AtomicReference<>();
        List<ImportFollower> followers = new ArrayList<>();
        try {
            // the coding first: the manuscript's quotations are linked to the quotes it brings
            if (coding != null) {
                if (!coding.isFile() || ManuscriptImport.isManuscript(coding.toPath())) {
                    throw new MojoExecutionException("weft.coding names a QDA tool's export (.qdpx) or a spreadsheet of the"
                            + " coding (.xlsx, .ods, .csv): " + coding);
                }
                followers.add(follow(ImportFollower.coding(coding.toPath(), projectDirectory.toPath(), sheetColumns(), lines(false),
                        toPages(serving)), "the coding " + coding.getName()));
            }
            if (manuscript != null) {
                if (!manuscript.isFile() || !ManuscriptImport.isManuscript(manuscript.toPath())) {
                    throw new MojoExecutionException("weft.manuscript names a manuscript file (.docx, .md, .qmd, .Rmd): "
                            + manuscript);
                }
                ImportFollower prose = follow(ImportFollower.manuscript(manuscript.toPath(), projectDirectory.toPath(),
                        lines(false), toPages(serving)), "the manuscript " + manuscript.getName());
                followers.forEach(coded -> coded.then(prose)); // a recoding may bring a typed quotation's quote
                followers.add(prose);
            }
        } catch (IOException e) {
            close(followers);
            throw new MojoExecutionException("cannot follow a file: " + e.getMessage(), e);
        } catch (MojoExecutionException | MojoFailureException e) {
            close(followers);
            throw e;
        }
        Preview preview;
        try {
            preview = Preview.start(projectDirectory.toPath(), options, InetAddress.getByName(host),
                    port == null ? DEFAULT_PORT : port, port == null, lines(false), lines(true));
        } catch (BindException e) {
            close(followers);
            throw new MojoExecutionException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        } catch (IOException e) {
            close(followers);
            throw new MojoExecutionException("cannot serve: " + e.getMessage(), e);
        }
        serving.set(preview);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close(followers);
            preview.close();
            stopped.countDown();
        }, "weft-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(followers);
            preview.close();
        }
    }

    /** The open pages, once the preview runs, told what a later import could not do. */
    private static java.util.function.Consumer<List<String>> toPages(AtomicReference<Preview> serving) {
        return lines -> {
            Preview open = serving.get();
            if (open != null) {
                open.showProblems(lines);
            }
        };
    }

    /** {@code follower} once its file is imported now; a failure, its problems in the log, when it cannot be. */
    private ImportFollower follow(ImportFollower follower, String what) throws MojoFailureException {
        List<String> problems = new ArrayList<>();
        Optional<ImportFollower> imported = ImportFollower.importedNow(follower, problems::addAll);
        problems.forEach(getLog()::error);
        return imported.orElseThrow(() -> new MojoFailureException("Weft: " + what + " cannot be imported"));
    }

    private static void close(List<ImportFollower> followers) {
        followers.forEach(ImportFollower::close);
    }

    /** A writer that passes each line to Maven's log, as information or (the diagnostics) as a warning. */
    private PrintWriter lines(boolean diagnostics) {
        return new PrintWriter(new Writer() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(char[] chars, int offset, int length) {
                for (int i = offset; i < offset + length; i++) {
                    if (chars[i] == '\n') {
                        emit();
                    } else if (chars[i] != '\r') {
                        line.append(chars[i]);
                    }
                }
            }

            private void emit() {
                String text = line.toString();
                if (diagnostics && text.startsWith("ERROR ")) {
                    getLog().error(text);
                } else if (diagnostics && !text.startsWith("NOTE ")) {
                    getLog().warn(text);
                } else {
                    getLog().info(text);
                }
                line.setLength(0);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, true);
    }
}
