package weft.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether Weft may replace a folder with its output: only a folder Weft wrote itself (it holds the
 * {@value #MARKER} marker), an empty folder, or one that does not exist yet, and never the project, its inputs,
 * an ancestor of the project, the user's home or a file-system root.
 */
public final class OutputGuard {

    /** The marker file Weft writes into every output folder. */
    public static final String MARKER = ".weft-output";

    /** The marker's fixed content (the same in every output, so that outputs stay byte-identical). */
    public static final String MARKER_TEXT = "This folder was written by Weft, which replaces it whole on every build.\n"
            + "Keep no files of your own here: they would be deleted with it.\n";

    /** The project folders Weft reads: an output inside one of them would overwrite or delete inputs. */
    static final List<String> INPUT_FOLDERS = List.of("coded-data", "content", "templates", "site");

    private final Path home;

    /** A guard that protects {@code home} as the user's home folder. */
    public OutputGuard(Path home) {
        this.home = home;
    }

    /** A guard for the user running Weft (the {@code user.home} system property). */
    public static OutputGuard forCurrentUser() {
        return new OutputGuard(Path.of(System.getProperty("user.home")));
    }

    /** Why {@code output} must not receive {@code what} of a build of {@code project}, if it must not. */
    public Optional<UnsafeOutput> check(Path project, Path output, String what) {
        Path given = output.toAbsolutePath().normalize();
        Path real = real(given);
        Path projectReal = real(project.toAbsolutePath().normalize());
        Optional<String> reason = placeReason(real, projectReal).or(() -> stateReason(given));
        return reason.map(r -> new UnsafeOutput(what, given, r));
    }

    /**
     * Why {@code folder} is a place a build must never write {@code what} into, if it is: a root, the home folder, the
     * project, a folder holding it, or one of its input folders. What the folder holds is not judged.
     */
    public Optional<UnsafeOutput> checkPlace(Path project, Path folder, String what) {
        Path given = folder.toAbsolutePath().normalize();
        return placeReason(real(given), real(project.toAbsolutePath().normalize())).map(r -> new UnsafeOutput(what, given, r));
    }

    /** Why the folder at {@code output} must not be replaced, judged by what it is and holds, if it must not. */
    public Optional<UnsafeOutput> checkReplaceable(Path output, String what) {
        Path given = output.toAbsolutePath().normalize();
        Optional<String> reason = given.getParent() == null ? Optional.of("it is the root of a file system") : stateReason(given);
        return reason.map(r -> new UnsafeOutput(what, given, r));
    }

    /** Why {@code second} must not receive {@code what} beside {@code first}: the two folders would overlap. */
    public static Optional<UnsafeOutput> checkApart(Path first, Path second, String what) {
        Path a = real(first.toAbsolutePath().normalize());
        Path b = real(second.toAbsolutePath().normalize());
        if (a.startsWith(b) || b.startsWith(a)) {
            return Optional.of(new UnsafeOutput(what, second.toAbsolutePath().normalize(),
                    "it overlaps the publication's folder " + first.toAbsolutePath().normalize()));
        }
        return Optional.empty();
    }

    /** Whether {@code folder} holds Weft's marker, with its exact content. */
    public static boolean isMarked(Path folder) {
        return holdsMarker(folder, MARKER, MARKER_TEXT);
    }

    /** Whether {@code folder} holds the file {@code name} (not a link) with exactly {@code text}, an ASCII text. */
    public static boolean holdsMarker(Path folder, String name, String text) {
        Path marker = folder.resolve(name);
        try {
            return Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) && Files.size(marker) == text.length()
                    && Files.readString(marker, StandardCharsets.UTF_8).equals(text);
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<String> placeReason(Path out, Path project) {
        if (out.getParent() == null) {
            return Optional.of("it is the root of a file system");
        }
        if (out.equals(real(home.toAbsolutePath().normalize()))) {
            return Optional.of("it is your home folder");
        }
        if (out.equals(project)) {
            return Optional.of("it is the project folder");
        }
        if (project.startsWith(out)) {
            return Optional.of("it holds the project folder " + project);
        }
        for (String input : INPUT_FOLDERS) {
            if (out.startsWith(project.resolve(input))) {
                return Optional.of("it is inside the project's input folder " + input + "/");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> stateReason(Path out) {
        if (Files.isSymbolicLink(out)) {
            return Optional.of("it is a symbolic link (give the folder itself)");
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("it is an existing file, not a folder");
        }
        if (isMarked(out)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                return Optional.of("the folder is not empty and has no " + MARKER + " marker, so Weft did not write it "
                        + "(choose another folder, or empty it: Weft replaces its output folder whole)");
            }
        } catch (IOException e) {
            return Optional.of("its contents cannot be listed (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    /** The path with every symbolic link in its existing part resolved, so that a link cannot disguise a place. */
    private static Path real(Path absolute) {
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
