package weft.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/** The input files of a project folder, read as UTF-8 with a size limit, named relative to the project. */
public final class ProjectFiles {

    public static final String STUDY = "coded-data/study.yaml";
    public static final String CODING_FRAME = "coded-data/coding-frame.yaml";
    public static final String QUOTES_DIR = "coded-data/quotes";
    public static final String CONTENT_DIR = "content";

    private final Path root;
    private final long maxBytes;

    public ProjectFiles(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    public Path root() {
        return root;
    }

    /**
     * The entries named *{@code extension} directly in {@code dir}, as project-relative paths in name order; folders
     * too, so that reading one reports it rather than passing over it in silence.
     */
    public List<String> list(String dir, String extension) {
        Path folder = root.resolve(dir);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(extension))
                    .sorted()
                    .map(name -> dir + "/" + name)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public boolean exists(String path) {
        return Files.isRegularFile(root.resolve(path));
    }

    /** The file's text, or empty with a diagnostic when it is missing, a folder, unreadable, too large or not UTF-8. */
    public Optional<String> read(String path, Diagnostics diagnostics) {
        Path file = root.resolve(path);
        SourcePosition at = SourcePosition.ofFile(path);
        try {
            if (Files.isDirectory(file)) {
                diagnostics.error(at, "is a folder, not a file");
                return Optional.empty();
            }
            if (!Files.isRegularFile(file)) {
                diagnostics.error(at, "required file is missing");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                diagnostics.error(at, "file is " + size + " bytes, over the limit of " + maxBytes + " bytes");
                return Optional.empty();
            }
            String text = Utf8Text.decode(path, Files.readAllBytes(file), diagnostics);
            if (text == null) {
                return Optional.empty();
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n"));
        } catch (AccessDeniedException e) {
            diagnostics.error(at, "cannot read file: permission denied");
            return Optional.empty();
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e.getClass().getSimpleName();
            diagnostics.error(at, "cannot read file: " + reason);
            return Optional.empty();
        }
    }

    /** Every input file of the project, for the manifest: coded data, prose and the project's own templates. */
    public List<String> allInputs() {
        List<String> inputs = new java.util.ArrayList<>();
        inputs.add(STUDY);
        inputs.add(CODING_FRAME);
        inputs.addAll(list(QUOTES_DIR, ".yaml"));
        for (String ext : List.of(".md", ".bib", ".json")) {
            inputs.addAll(list(CONTENT_DIR, ext));
        }
        for (String ext : List.of(".ftlh", ".ftl", ".css", ".js")) {
            inputs.addAll(list("templates", ext));
        }
        return inputs.stream().filter(this::exists).distinct().sorted().toList();
    }
}
