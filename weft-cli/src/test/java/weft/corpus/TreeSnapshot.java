package weft.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Every entry under a folder (links not followed) with the SHA-256 of each file, to prove nothing changed. */
record TreeSnapshot(Map<String, String> entries) {

    static TreeSnapshot of(Path root) {
        return of(root, p -> true);
    }

    /** The entries under {@code root} for which {@code keep} holds (tested on the path relative to root). */
    static TreeSnapshot of(Path root, Predicate<Path> keep) {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return new TreeSnapshot(Map.of());
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                Path relative = root.relativize(p);
                if (keep.test(relative)) {
                    entries.put(relative.toString().replace('\\', '/'), describe(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSnapshot(Map.copyOf(new TreeMap<>(entries)));
    }

    private static String describe(Path p) throws IOException {
        if (Files.isSymbolicLink(p)) {
            return "link -> " + Files.readSymbolicLink(p);
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return "folder";
        }
        if (!Files.isReadable(p)) {
            return "unreadable file of " + Files.size(p) + " bytes";
        }
        try {
            return "sha256 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
