package weft.support;

import java.nio.file.Path;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;

/** A publication served over HTTP on the loopback interface under a path prefix, with a headless Chromium to read it. */
public final class ServedPublication implements AutoCloseable {

    private final StaticServer server;
    private final Browser browser;

    public ServedPublication(Path publication, String prefix) {
        server = new StaticServer(publication, prefix);
        try {
            browser = new Browser();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Builds {@code project} into {@code publication} (the build must succeed) and serves it under /study/. */
    public static ServedPublication built(Path project, Path publication) {
        BuildResult result = new Weft().build(project, publication, BuildOptions.defaults());
        if (!result.succeeded()) {
            throw new AssertionError("the build fails: " + result.diagnostics());
        }
        return new ServedPublication(publication, "/study/");
    }

    public StaticServer server() {
        return server;
    }

    public Browser browser() {
        return browser;
    }

    /** Opens {@code page} (relative to the publication) in the browser. */
    public void open(String page) {
        browser.driver().get(server.url(page).toString());
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
