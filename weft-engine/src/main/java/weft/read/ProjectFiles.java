package weft.read;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    /** The files with {@code extension} directly in {@code dir}, as project-relative paths in name order. */
    public List<String> list(String dir, String extension) {
        Path folder = root.resolve(dir);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
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

    /** The file's text, or empty with a diagnostic when it is missing, too large or not UTF-8. */
    public Optional<String> read(String path, Diagnostics diagnostics) {
        Path file = root.resolve(path);
        SourcePosition at = SourcePosition.ofFile(path);
        try {
            if (!Files.isRegularFile(file)) {
                diagnostics.error(at, "required file is missing");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                diagnostics.error(at, "file is " + size + " bytes, over the limit of " + maxBytes + " bytes");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n"));
        } catch (CharacterCodingException e) {
            diagnostics.error(at, "file is not valid UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(at, "cannot read file: " + e.getMessage());
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
        return inputs.stream().filter(this::exists).sorted().toList();
    }
}
