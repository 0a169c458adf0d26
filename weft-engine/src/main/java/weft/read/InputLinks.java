package weft.read;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The symbolic-link policy for every input of a build: a link is followed when its real target is inside the
 * project folder, and refused when it leads outside it, dangles or loops, so that a build never reads (nor embeds
 * in its PDF) a file from elsewhere on the machine.
 */
public final class InputLinks {

    /**
     * Why the project-relative {@code path} under {@code root} must not be read, as a diagnostic message; empty
     * when it may be (also when it does not exist at all: the caller knows whether that is an error).
     */
    public static Optional<String> refusal(Path root, String path) {
        Path file = root.resolve(path);
        Optional<Path> link = firstLink(root, path);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        String name = root.relativize(link.get()).toString().replace('\\', '/');
        String target = target(link.get());
        try {
            // the link itself first: a linked folder that leaves the project is refused as such, not per file in it
            Path real = link.get().toRealPath();
            if (real.startsWith(root.toRealPath()) && !link.get().equals(file)) {
                real = file.toRealPath();
            }
            if (!real.startsWith(root.toRealPath())) {
                return Optional.of("symbolic link '" + name + "' points to '" + target
                        + "', outside the project folder: Weft reads only files inside the project");
            }
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.of("symbolic link '" + name + "' points to '" + target + "', which does not exist");
        } catch (FileSystemException e) {
            return Optional.of("symbolic link '" + name + "' points to '" + target
                    + "' and cannot be followed (a loop of links?): " + e.getReason());
        } catch (IOException e) {
            return Optional.of("symbolic link '" + name + "' cannot be followed: " + e.getMessage());
        }
    }

    /** The project-relative path of the first symbolic link on the way down to {@code path}, if any: where a refusal is reported. */
    public static Optional<String> firstLinkName(Path root, String path) {
        return firstLink(root, path).map(link -> root.relativize(link).toString().replace('\\', '/'));
    }

    /** The first link on the way from {@code root} down to {@code path}, if any. */
    private static Optional<Path> firstLink(Path root, String path) {
        Path at = root;
        for (Path part : Path.of(path)) {
            at = at.resolve(part.toString());
            if (Files.isSymbolicLink(at)) {
                return Optional.of(at);
            }
            if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    private InputLinks() {
    }
}
