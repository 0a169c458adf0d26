package weft.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import weft.support.TestProjects;

/**
 * One case of the hostile corpus: a folder {@code src/test/resources/hostile/CATEGORY/CASE/} with {@code case.properties}
 * (see {@link CaseSpec}), {@code expected.txt} and the files that replace or add to the miniature study.
 */
record HostileCase(String category, String name, Path folder, CaseSpec spec) {

    static final String SPEC = "case.properties";
    static final String EXPECTED = "expected.txt";

    static HostileCase of(Path folder) {
        return new HostileCase(folder.getParent().getFileName().toString(), folder.getFileName().toString(), folder,
                CaseSpec.read(folder.resolve(SPEC)));
    }

    String id() {
        return category + "/" + name;
    }

    /** Lays the case out in {@code root}: {@code root/project} (the study with the defect) and {@code root/out}. */
    void prepare(Path root, Path previous) throws IOException {
        Path project = root.resolve("project");
        TestProjects.copy(TestProjects.fixture("mini-study"), project);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = folder.relativize(file).toString();
                if (!relative.equals(SPEC) && !relative.equals(EXPECTED)) {
                    Path target = project.resolve(relative);
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, Payloads.expand(Files.readString(file)), StandardCharsets.UTF_8);
                }
            }
        }
        TestProjects.copyTree(previous, root.resolve("out"));
        for (String path : spec.delete()) {
            deleteTree(project.resolve(path));
        }
        for (String path : spec.folders()) {
            Files.createDirectories(project.resolve(path));
        }
        for (CaseSpec.Edit edit : spec.edits()) {
            Path file = project.resolve(edit.file());
            String text = Files.readString(file);
            String from = edit.from();
            if (!text.contains(from)) {
                throw new IllegalStateException(id() + ": " + edit.file() + " does not contain " + from);
            }
            Files.writeString(file, text.replace(from, Payloads.expand(edit.to())));
        }
        if (!spec.generator().isEmpty()) {
            Generators.apply(spec.generator(), project, root);
        }
        for (CaseSpec.Link link : spec.links()) {
            Path at = project.resolve(link.path());
            Files.createDirectories(at.getParent());
            deleteTree(at);
            Files.createSymbolicLink(at, Path.of(substitute(link.target(), root)));
        }
        for (String path : spec.unreadable()) {
            Files.setPosixFilePermissions(project.resolve(path), PosixFilePermissions.fromString("---------"));
        }
    }

    /** True when the case puts an injection payload into the study (then its PDF is searched for it as well). */
    boolean hasPayloads() {
        return spec.edits().stream().anyMatch(e -> e.to().contains("${PAYLOAD:")) || filesHold("${PAYLOAD:");
    }

    private boolean filesHold(String text) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return Files.readString(f).contains(text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a file the case made unreadable can still be read (as root, chmod does not stop reads). */
    boolean unreadableIsReadable(Path root) {
        return !spec.unreadable().isEmpty()
                && spec.unreadable().stream().allMatch(p -> Files.isReadable(root.resolve("project").resolve(p)));
    }

    /** Gives back the permissions the case took, so that the folder can be deleted. */
    void restore(Path root) throws IOException {
        for (String path : spec.unreadable()) {
            Files.setPosixFilePermissions(root.resolve("project").resolve(path), PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    String[] args(Path root) {
        return spec.args().stream().map(a -> substitute(a, root)).toArray(String[]::new);
    }

    List<String> expected() throws IOException {
        return Files.readAllLines(folder.resolve(EXPECTED));
    }

    /** {@code ${TMP}} is the case's folder; {@code ${PROJECT}} and {@code ${OUTPUT}} the study and the output in it. */
    static String substitute(String text, Path root) {
        return text.replace("${PROJECT}", "${TMP}/project").replace("${OUTPUT}", "${TMP}/out")
                .replace("${TMP}", root.toString());
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> list = Files.list(root)) {
                for (Path child : list.toList()) {
                    deleteTree(child);
                }
            }
        }
        Files.delete(root);
    }

}
