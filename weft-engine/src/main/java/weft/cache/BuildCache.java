package weft.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import weft.publish.OutputGuard;

/**
 * A folder of cache entries, one file per result of a costly stage, named {@code KIND-HASH.entry} by the SHA-256 of
 * everything the result depends on ({@link CacheKey}). A stage asks {@link #memo} for its result: an entry with its
 * key is read back, else the stage runs and its result is kept. An entry is checked against a checksum (CRC-32C) of
 * its content when read, and one that does not match (a file cut short, changed by hand) is ignored: the stage runs. Nothing here can fail a build: a
 * folder that cannot be written is a build without a cache.
 *
 * <p>The folder is Weft's only when it carries the {@value #MARKER} marker, which Weft writes into a folder it
 * creates (or finds empty); {@link #commit} deletes only the entries of such a folder (files named as entries are) that
 * the build did not use, so that the folder holds what the last build made and does not grow with every edit. A
 * build's new entries are kept in memory and written by {@link #commit} once the build succeeded.
 * Safe for the build's threads (the PDF is laid out beside the other stages).
 */
public final class BuildCache {

    public static final String MARKER = ".weft-cache";
    static final String MARKER_TEXT = "This folder is Weft's build cache: results of a build's costly stages, by the hash"
            + " of their inputs. Weft deletes files of it; deleting the folder is always safe.\n";
    private static final int CHECK = 4;
    private static final byte[] MAGIC = "weft-cache 2\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern ENTRY = Pattern.compile("[a-z-]+-[0-9a-f]{64}\\.entry");
    private static final Pattern TEMPORARY = Pattern.compile("[a-z-]+-[0-9a-f]{64}\\.entry\\.[0-9]+\\.tmp");

    private final Optional<Path> folder;
    private final CodeFingerprint code;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();

    private BuildCache(Optional<Path> folder, CodeFingerprint code) {
        this.folder = folder;
        this.code = code;
    }

    /** A cache that keeps nothing: every stage runs. */
    public static BuildCache none() {
        return new BuildCache(Optional.empty(), new CodeFingerprint(""));
    }

    /**
     * The cache in {@code folder}; why it cannot be used, if it cannot (a file, a folder of other files). Nothing is
     * written until {@link #commit}: a build that fails leaves the folder as it was (or absent).
     */
    public static Opened open(Path folder, CodeFingerprint code) {
        Path dir = folder.toAbsolutePath().normalize();
        Optional<String> refusal = refusal(dir);
        return refusal.isPresent() ? Opened.refused(refusal.get()) : new Opened(new BuildCache(Optional.of(dir), code), Optional.empty());
    }

    private static Optional<String> refusal(Path dir) {
        if (Files.isSymbolicLink(dir)) {
            return Optional.of("it is a symbolic link (give the folder itself)");
        }
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS) || isMarked(dir)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("it is a file, not a folder");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                return Optional.of("the folder is not empty and has no " + MARKER + " marker, so it is not Weft's cache"
                        + " (choose another folder, or empty it)");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("its contents cannot be listed (" + e.getMessage() + ")");
        }
    }

    /** An opened cache, or why the folder was not used (the build then runs without a cache). */
    public record Opened(BuildCache cache, Optional<String> refusal) {
        static Opened refused(String why) {
            return new Opened(none(), Optional.of(why));
        }
    }

    private static boolean isMarked(Path dir) {
        return OutputGuard.holdsMarker(dir, MARKER, MARKER_TEXT);
    }

    /** Whether this cache keeps anything. */
    public boolean enabled() {
        return folder.isPresent();
    }

    /** A new key for an entry of {@code kind} (lower-case letters and hyphens), to which the stage adds its inputs. */
    public CacheKey key(String kind) {
        if (!kind.matches("[a-z-]+")) {
            throw new IllegalArgumentException("a cache entry's kind is lower-case letters and hyphens: " + kind);
        }
        return new CacheKey(kind, code);
    }

    /** The result kept under {@code key}, else {@code compute}'s (kept for the next build). */
    public <T> T memo(CacheKey key, Codec<T> codec, Supplier<T> compute) {
        if (folder.isEmpty()) {
            return compute.get();
        }
        String name = key.fileName();
        used.add(name);
        Optional<T> kept = read(folder.get().resolve(name), codec);
        if (kept.isPresent()) {
            return kept.get();
        }
        T value = compute.get();
        made.put(name, encode(value, codec));
        return value;
    }

    private static <T> Optional<T> read(Path file, Codec<T> codec) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty(); // no entry yet (or none readable): the stage runs
        }
        int body = MAGIC.length + CHECK;
        if (bytes.length < body || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || !Arrays.equals(bytes, MAGIC.length, body, check(bytes, body), 0, CHECK)) {
            return Optional.empty();
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, body, bytes.length - body));
            T value = codec.read(in);
            return in.available() == 0 ? Optional.of(value) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static <T> byte[] encode(T value, Codec<T> codec) {
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(payload);
            codec.write(value, out);
            out.flush();
            byte[] content = payload.toByteArray();
            ByteArrayOutputStream entry = new ByteArrayOutputStream(content.length + MAGIC.length + CHECK);
            entry.write(MAGIC);
            entry.write(check(content, 0));
            entry.write(content);
            return entry.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a cache entry in memory", e);
        }
    }

    private static void write(Path dir, String name, byte[] entry) throws IOException {
        Path temporary = dir.resolve(name + "." + ProcessHandle.current().pid() + ".tmp");
        Files.write(temporary, entry);
        try {
            Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Keeps what this build made for the next: writes its new entries (making the folder, with its marker, when it
     * does not exist or is empty), then deletes the entries this build did not use and temporary files left by a
     * build that was stopped; only files named as Weft names them, in a folder with the marker. Call after a
     * successful build; a folder that cannot be written is left as it is (the next build makes everything again).
     */
    public void commit() {
        if (folder.isEmpty() || refusal(folder.get()).isPresent()) {
            return;
        }
        Path dir = folder.get();
        try {
            if (!isMarked(dir)) {
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
            }
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(made).entrySet()) {
                write(dir, entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            return;
        }
        prune(dir);
    }

    private void prune(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> stale = files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> {
                        String name = f.getFileName().toString();
                        return (ENTRY.matcher(name).matches() && !used.contains(name))
                                || TEMPORARY.matcher(name).matches() && !name.contains("." + ProcessHandle.current().pid() + ".");
                    })
                    .toList();
            for (Path f : stale) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // the next build prunes again
        }
    }

    /**
     * The check of an entry's content: CRC-32C, which finds a file cut short or changed on disk (what it guards
     * against: the folder is the user's own) at a fraction of a cryptographic hash's cost in a short-lived JVM.
     */
    private static byte[] check(byte[] bytes, int from) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, bytes.length - from);
        long value = crc.getValue();
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }
}
