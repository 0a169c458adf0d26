package weft.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What identifies the code a build runs: every entry of its class path (the jars of Weft and of the libraries, or
 * the folders of compiled classes), by path, size and modification time, as the JVM identifies the jars of a
 * class-data sharing archive; a folder by those of every file in it. Another Weft, another version of a library, a
 * recompiled class or another Java runtime gives another fingerprint, and so new cache keys.
 */
public record CodeFingerprint(String hex) {

    /** The fingerprint of the class path that loaded {@code engine}, and of the JVM's own class path. */
    public static CodeFingerprint of(Class<?> engine) {
        TreeSet<String> entries = new TreeSet<>();
        CodeSource source = engine.getProtectionDomain().getCodeSource();
        if (source != null) {
            entries.add(path(source.getLocation()));
        }
        for (ClassLoader loader = engine.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) { // a Maven plugin's class realm
                for (URL url : urls.getURLs()) {
                    entries.add(path(url));
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return of(entries.stream().map(Path::of).toList());
    }

    /** The fingerprint of these class-path entries (jars or folders) and of the running Java. */
    static CodeFingerprint of(List<Path> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            line(sha, "java " + System.getProperty("java.vm.version") + " " + System.getProperty("java.home"));
            for (Path entry : entries) {
                describe(sha, entry);
            }
            return new CodeFingerprint(HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static String path(URL url) {
        try {
            return Path.of(url.toURI()).toAbsolutePath().normalize().toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url.toString();
        }
    }

    private static void describe(MessageDigest sha, Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                line(sha, "folder " + entry);
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(entry)) {
                    walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(files::add);
                }
                files.sort(null);
                for (Path file : files) {
                    line(sha, entry.relativize(file) + " " + stamp(file));
                }
            } else if (Files.exists(entry)) {
                line(sha, "file " + entry + " " + stamp(entry));
            } else {
                line(sha, "missing " + entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class path entry " + entry, e);
        }
    }

    private static String stamp(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return a.size() + " " + a.lastModifiedTime().toMillis();
    }

    private static void line(MessageDigest sha, String line) {
        sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
