package weft.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/** The input files of a project folder, read as UTF-8 with a size limit, named relative to the project. */
public final class ProjectFiles {

    public static final String STUDY = "coded-data/study.yaml";
    /** The coding frame; a large one has further parts, coding-frame-2.yaml … ({@link #frameFiles}). */
    public static final String CODING_FRAME = "coded-data/coding-frame.yaml";
    public static final String QUOTES_DIR = "coded-data/quotes";
    /**
     * Participants written by weft import from a QDA tool's cases, read in addition to those of study.yaml; a large
     * project's are in parts, participants-2.yaml, participants-3.yaml and so on ({@link #participantFiles}).
     */
    public static final String PARTICIPANTS = "coded-data/participants.yaml";
    /** The reporting checklist (COREQ or SRQR) mapped to the article; optional. */
    public static final String CHECKLIST = "coded-data/checklist.yaml";
    public static final String CONTENT_DIR = "content";
    /** Quarto's variables, which the prose prints ({@code {{< var version >}}}); optional. */
    public static final String VARIABLES = CONTENT_DIR + "/_variables.yml";

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

    /**
     * Which part of the files named {@code stem} a file is: 1 for {@code stem.yaml}, n for {@code stem-n.yaml} (n from 2,
     * written without leading zeros), 0 for any other name. An import writes what is too large for one file in parts.
     */
    public static int partNumber(String stem, String fileName) {
        if (fileName.equals(stem + ".yaml")) {
            return 1;
        }
        String prefix = stem + "-";
        if (!fileName.startsWith(prefix) || !fileName.endsWith(".yaml")) {
            return 0;
        }
        String n = fileName.substring(prefix.length(), fileName.length() - ".yaml".length());
        return n.matches("[2-9]|[1-9][0-9]{1,5}") ? Integer.parseInt(n) : 0;
    }

    /**
     * The parts of the files named {@code stem} in {@code dir} that the project has ({@link #partNumber}), in their
     * order: {@code stem.yaml}, then {@code stem-2.yaml} …; folders of those names too, so that reading one reports it.
     */
    public List<String> parts(String dir, String stem) {
        return list(dir, ".yaml").stream()
                .filter(p -> partNumber(stem, p.substring(p.lastIndexOf('/') + 1)) > 0)
                .sorted(java.util.Comparator.comparingInt(p -> partNumber(stem, p.substring(p.lastIndexOf('/') + 1))))
                .toList();
    }

    /**
     * The coding frame's files that the project has: coding-frame.yaml, then its further parts (coding-frame-2.yaml …,
     * of a frame larger than the build reads from one file) in their order.
     */
    public List<String> frameFiles() {
        return parts("coded-data", "coding-frame");
    }

    /**
     * Gives {@code temporary}, written to replace {@code target} in a project folder, the permissions {@code target} has,
     * or those of a project file (rw-r--r--) where it is new: a temporary file is its owner's alone, and a file Weft
     * writes into the study (an import, a words file) is read by whoever reads the study's other files. Nothing where
     * the file system has no POSIX permissions.
     */
    /**
     * Writes {@code bytes} to {@code target} by a temporary file beside it, with the target's permissions (a new file
     * {@code rw-r--r--}, as the study's files are, not a temporary file's owner-only ones), moved in place: a reader never
     * sees half a file. Where {@code replace} is false, a target that exists (or appears meanwhile) is an IOException and
     * nothing is written.
     */
    public static void writeBeside(Path target, byte[] bytes, boolean replace) throws IOException {
        if (!replace && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.FileAlreadyExistsException(target.toString(), null, "not written over");
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".weft-tmp");
        try {
            Files.write(temp, bytes);
            permissionsFor(temp, target);
            if (replace) {
                Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(temp, target); // without REPLACE_EXISTING: fails, and replaces nothing, where the target exists
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void permissionsFor(Path temporary, Path target) throws IOException {
        if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temporary, Files.isRegularFile(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** The participants' files of an import that the project has: participants.yaml, then its parts in their order. */
    public List<String> participantFiles() {
        return parts("coded-data", "participants");
    }

    /** True when {@code path} is a folder of the project (or a link to one). */
    public boolean isFolder(String path) {
        return Files.isDirectory(root.resolve(path));
    }

    /** True for a regular file, and for a symbolic link that is not to a folder (a dangling one too: reading it says why). */
    public boolean exists(String path) {
        return isFileOrLink(root.resolve(path));
    }

    private static boolean isFileOrLink(Path p) {
        return Files.isRegularFile(p) || (Files.isSymbolicLink(p) && !Files.isDirectory(p));
    }

    /**
     * The file's text, or empty with a diagnostic when it is missing, too large, not UTF-8, or a symbolic link that
     * {@link InputLinks} refuses, a folder, or unreadable.
     */
    public Optional<String> read(String path, Diagnostics diagnostics) {
        Optional<byte[]> bytes = readBytes(path, maxBytes, diagnostics);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        String text = Utf8Text.decode(path, bytes.get(), diagnostics);
        if (text == null) {
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(text.replace("\r\n", "\n"));
    }

    /**
     * The file's bytes, at most {@code limit} of them, or empty with a diagnostic when it is missing, larger, a symbolic
     * link that {@link InputLinks} refuses, a folder, or unreadable.
     */
    public Optional<byte[]> readBytes(String path, long limit, Diagnostics diagnostics) {
        Path file = root.resolve(path);
        SourcePosition at = SourcePosition.ofFile(path);
        Optional<String> refused = InputLinks.refusal(root, path);
        if (refused.isPresent()) {
            diagnostics.error(at, refused.get());
            return Optional.empty();
        }
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
            if (size > limit) {
                diagnostics.error(at, "file is " + size + " bytes, over the limit of " + limit + " bytes");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            diagnostics.error(at, cannotRead(e));
            return Optional.empty();
        }
    }

    /** The diagnostic's message for a file that could not be read, in the user's words (no exception class). */
    public static String cannotRead(IOException e) {
        return "cannot read file: " + weft.diagnostics.FileFailures.reason(e);
    }

    /**
     * Every input file of the project, for the manifest (and so the PDF): coded data, prose, the project's own
     * templates and fonts; a symbolic link {@link InputLinks} refuses is left out ({@link #checkLinks} reports it).
     */
    public List<String> allInputs() {
        List<String> inputs = new java.util.ArrayList<>();
        inputs.add(STUDY);
        inputs.add(CODING_FRAME);
        inputs.addAll(frameFiles());
        inputs.addAll(participantFiles());
        inputs.add(CHECKLIST);
        inputs.addAll(list(QUOTES_DIR, ".yaml"));
        for (String ext : List.of(".md", ".bib", ".json", ".yaml", ".ris")) {
            inputs.addAll(list(CONTENT_DIR, ext));
        }
        inputs.add(VARIABLES);
        for (String ext : List.of(".ftlh", ".ftl", ".css", ".js")) {
            inputs.addAll(list("templates", ext));
        }
        for (String ext : List.of(".ttf", ".otf")) { // the study's fonts (weft.render.pdf.StudyFonts)
            inputs.addAll(list("templates/fonts", ext));
        }
        return inputs.stream().filter(this::exists).filter(p -> InputLinks.refusal(root, p).isEmpty()).distinct().sorted().toList();
    }

    /**
     * Reports every symbolic link in {@code templates/} and {@code site/} (which the Maven Site Plugin reads) that
     * {@link InputLinks} refuses: one that leads outside the project folder, dangles or loops. Coded data, prose and
     * the bibliography are checked as they are read.
     */
    public void checkLinks(Diagnostics diagnostics) {
        List<String> candidates = new java.util.ArrayList<>();
        candidates.add("templates");
        if (InputLinks.refusal(root, "templates").isEmpty()) {
            try (Stream<Path> files = Files.isDirectory(root.resolve("templates")) ? Files.list(root.resolve("templates")) : Stream.empty()) {
                files.map(p -> "templates/" + p.getFileName()).sorted().forEach(candidates::add);
            } catch (IOException e) {
                diagnostics.error(SourcePosition.ofFile("templates"), "cannot list the folder: " + e.getMessage());
            }
        }
        candidates.addAll(siteFiles());
        for (String path : candidates) {
            InputLinks.refusal(root, path).ifPresent(message -> diagnostics.error(SourcePosition.ofFile(path), message));
        }
    }

    /** Every file and link under {@code site/}, links not followed. */
    private List<String> siteFiles() {
        Path site = root.resolve("site");
        if (!Files.isDirectory(site, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Files.isSymbolicLink(site) ? List.of("site") : List.of();
        }
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }
}
