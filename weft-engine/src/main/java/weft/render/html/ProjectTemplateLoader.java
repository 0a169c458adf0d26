package weft.render.html;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import weft.read.InputLinks;

/**
 * Loads templates from the project's {@code templates/} folder under Weft's symbolic-link policy ({@link InputLinks}):
 * a link inside the project is followed, one that leads outside it, dangles or loops fails with {@link RefusedLink}.
 * It remembers what every lookup found, to the byte, so that {@link #unchanged()} can tell whether templates parsed
 * from it may be used again.
 */
final class ProjectTemplateLoader implements TemplateLoader {

    /** A template file found, with the content it had when it was found: the content that is parsed. */
    private record Source(File file, byte[] content) {
    }

    /** What a lookup of a name found: nothing (Weft's own template is used), a content, or a failure (null). */
    private record Seen(boolean found, byte[] content) {
        static final Seen NOTHING = new Seen(false, new byte[0]);
        static final Seen FAILED = new Seen(true, null);
    }

    /** A template file that is a refused symbolic link; its message is the diagnostic. */
    static final class RefusedLink extends IOException {
        private final String link;

        RefusedLink(String message, String link) {
            super(message);
            this.link = link;
        }

        /** The project-relative path of the refused link (the template's folder, or the template itself). */
        String link() {
            return link;
        }
    }

    private final Path project;
    private final FileTemplateLoader files;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    ProjectTemplateLoader(Path project) throws IOException {
        this.project = project;
        // Freemarker's own check (canonical path inside templates/) would refuse links to elsewhere in the project,
        // and with a SecurityException: the policy above replaces it
        this.files = new FileTemplateLoader(project.resolve("templates").toFile(), true);
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        seen.put(name, Seen.FAILED); // until it is known what the lookup found
        Source source = find(name);
        seen.put(name, source == null ? Seen.NOTHING : new Seen(true, source.content()));
        return source;
    }

    private Source find(String name) throws IOException {
        Optional<String> refused = InputLinks.refusal(project, "templates/" + name);
        if (refused.isPresent()) {
            throw new RefusedLink(refused.get(), InputLinks.firstLinkName(project, "templates/" + name).orElse("templates/" + name));
        }
        File file = (File) files.findTemplateSource(name);
        return file == null ? null : new Source(file, Files.readAllBytes(file.toPath()));
    }

    /**
     * Whether every lookup made so far would find the same today: the same template files, each with the same content
     * (compared byte for byte, not by modification time), the same names missing, and no link refused or file
     * unreadable then.
     */
    boolean unchanged() {
        for (Map.Entry<String, Seen> entry : seen.entrySet()) {
            Seen then = entry.getValue();
            if (then.content() == null) {
                return false;
            }
            try {
                Source now = find(entry.getKey());
                if (now == null ? then.found() : !then.found() || !Arrays.equals(now.content(), then.content())) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long getLastModified(Object source) {
        return ((Source) source).file().lastModified();
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return new InputStreamReader(new ByteArrayInputStream(((Source) source).content()), encoding);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // the content was read when the template was found
    }
}
