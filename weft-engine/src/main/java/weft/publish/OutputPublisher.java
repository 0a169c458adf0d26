package weft.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a publication into a staging folder beside the output, then swaps it in: a build that fails
 * before this point, or while writing, leaves the previous publication as it was.
 */
public final class OutputPublisher {

    public void publish(Publication publication, Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve(target.getFileName() + ".staging");
        Path previous = parent.resolve(target.getFileName() + ".previous");
        deleteTree(staging);
        deleteTree(previous);
        for (Map.Entry<String, byte[]> file : publication.files().entrySet()) {
            Path path = staging.resolve(file.getKey()).normalize();
            if (!path.startsWith(staging)) {
                throw new IOException("refusing to write outside the output folder: " + file.getKey());
            }
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        if (Files.exists(target)) {
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(previous);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
