package weft.render.html;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Optional;
import weft.read.InputLinks;

/**
 * Loads templates from the project's {@code templates/} folder under Weft's symbolic-link policy ({@link InputLinks}):
 * a link inside the project is followed, one that leads outside it, dangles or loops fails with {@link RefusedLink}.
 */
final class ProjectTemplateLoader implements TemplateLoader {

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

    ProjectTemplateLoader(Path project) throws IOException {
        this.project = project;
        // Freemarker's own check (canonical path inside templates/) would refuse links to elsewhere in the project,
        // and with a SecurityException: the policy above replaces it
        this.files = new FileTemplateLoader(project.resolve("templates").toFile(), true);
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Optional<String> refused = InputLinks.refusal(project, "templates/" + name);
        if (refused.isPresent()) {
            throw new RefusedLink(refused.get(), InputLinks.firstLinkName(project, "templates/" + name).orElse("templates/" + name));
        }
        return files.findTemplateSource(name);
    }

    @Override
    public long getLastModified(Object source) {
        return files.getLastModified(source);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return files.getReader(source, encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(source);
    }
}
