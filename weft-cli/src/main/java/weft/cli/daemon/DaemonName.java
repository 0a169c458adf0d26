package weft.cli.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What names a daemon: a hash of everything that decides what its builds write and print. A daemon serves only
 * clients of the same Weft (the same jars, by path, size and modification time; the same launcher), the same Java
 * runtime, the same extra JVM options and the same locale and time zone (the output's encoding and the JVM's defaults
 * depend on them): anything else gets a daemon of its own. Modification times count in whole seconds, as in the
 * launcher's archive key: {@code bin/weft-client.pl} names daemons alike with Perl's own {@code stat}.
 */
final class DaemonName {

    /** The environment variables a daemon's JVM takes for good when it starts. */
    static final List<String> FIXED_AT_START = List.of("WEFT_JAVA_OPTS", "LANG", "LC_ALL", "LC_CTYPE", "TZ");

    private DaemonName() {
    }

    /**
     * The key of the Weft whose command line is {@code jar}, whose dependencies {@code classpathFile} lists and whose
     * classes were compiled into {@code classes}, run with {@code env}: {@code CODE-ENVIRONMENT}, a hash of the code (the
     * jars, the launcher, the Java runtime) and one of the variables {@link #FIXED_AT_START}; empty when that is not a class path of jars, or when the jar is
     * older than a compiled class (the launcher then runs the classes folder: there is nothing to key a daemon on).
     */
    static Optional<String> key(Path jar, Path classpathFile, Path classes, Map<String, String> env) throws IOException {
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(classpathFile) || newerThan(classes, jar)) {
            return Optional.empty();
        }
        List<Path> entries = new ArrayList<>(List.of(jar, jar.getParent().getParent().getParent().resolve("bin/weft")));
        for (String entry : Files.readString(classpathFile, StandardCharsets.UTF_8).strip().split(":")) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry));
            }
        }
        StringBuilder what = new StringBuilder(System.getProperty("java.home")).append('\n');
        StringBuilder environment = new StringBuilder();
        for (String variable : FIXED_AT_START) {
            environment.append(variable).append('=').append(env.getOrDefault(variable, "")).append('\n');
        }
        for (Path entry : entries) {
            if (!Files.isRegularFile(entry)) {
                return Optional.empty();
            }
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
            what.append(entry).append(' ').append(attributes.size()).append(' ')
                    .append(attributes.lastModifiedTime().to(TimeUnit.SECONDS)).append('\n');
        }
        return Optional.of(hash(what.toString()).substring(0, 12) + "-" + hash(environment.toString()).substring(0, 8));
    }

    private static boolean newerThan(Path classes, Path jar) throws IOException {
        if (!Files.isDirectory(classes)) {
            return false;
        }
        FileTime built = Files.getLastModifiedTime(jar);
        boolean[] newer = {false};
        // a visitor, not a stream of lambdas: the client starts a JVM for every command, and their bootstrap costs
        Files.walkFileTree(classes, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return visit(attributes);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                return visit(attributes);
            }

            private FileVisitResult visit(BasicFileAttributes attributes) {
                newer[0] = attributes.lastModifiedTime().compareTo(built) > 0;
                return newer[0] ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }
        });
        return newer[0];
    }

    /**
     * A 64-bit FNV-1a hash of {@code text}'s UTF-8 bytes, as 16 hexadecimal digits. A name, not a secret: the socket's
     * folder is the user's own; it only has to tell Wefts apart (a cryptographic digest cost the client's JVM 20 ms
     * of loading its providers, on every command).
     */
    static String hash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
