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
import weft.serve.ManuscriptFollower;
import weft.serve.Preview;

/**
 * The live preview, {@code mvn weft:serve}: builds the study, serves the publication on {@code 127.0.0.1} (port
 * {@code weft.port}, 4000 by default, or a free one when that is taken), rebuilds it whenever a file in
 * {@code coded-data}, {@code content}, {@code templates} or {@code site} changes and makes the open pages reload
 * themselves; a broken input shows its diagnostics over the last good page. Writes nothing (but content/, from a
 * {@code weft.manuscript} followed); Ctrl-C stops it.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractWeftMojo {

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

    @Override
    void run(BuildOptions options) throws MojoExecutionException, MojoFailureException {
        AtomicReference<Preview> serving = new AtomicReference<>();
        ManuscriptFollower follower = manuscript == null ? null : follow(serving);
        Preview preview;
        try {
            preview = Preview.start(projectDirectory.toPath(), options, InetAddress.getByName(host),
                    port == null ? DEFAULT_PORT : port, port == null, lines(false), lines(true));
        } catch (BindException e) {
            close(follower);
            throw new MojoExecutionException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        } catch (IOException e) {
            close(follower);
            throw new MojoExecutionException("cannot serve: " + e.getMessage(), e);
        }
        serving.set(preview);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close(follower);
            preview.close();
            stopped.countDown();
        }, "weft-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(follower);
            preview.close();
        }
    }

    /** The manuscript imported now and followed after; a failure when it cannot be imported now. */
    private ManuscriptFollower follow(AtomicReference<Preview> serving) throws MojoExecutionException, MojoFailureException {
        if (!manuscript.isFile() || !ManuscriptImport.isManuscript(manuscript.toPath())) {
            throw new MojoExecutionException("weft.manuscript names a manuscript file (.docx, .md, .qmd, .Rmd): " + manuscript);
        }
        List<String> problems = new ArrayList<>();
        Optional<ManuscriptFollower> follower;
        try {
            follower = ManuscriptFollower.follow(manuscript.toPath(), projectDirectory.toPath(), lines(false), lines -> {
                Preview open = serving.get();
                if (open != null) {
                    open.showProblems(lines);
                }
            }, problems::addAll);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot follow " + manuscript + ": " + e.getMessage(), e);
        }
        problems.forEach(getLog()::error);
        return follower.orElseThrow(() -> new MojoFailureException("Weft: the manuscript " + manuscript.getName()
                + " cannot be imported"));
    }

    private static void close(ManuscriptFollower follower) {
        if (follower != null) {
            follower.close();
        }
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
