package weft.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * The names the privacy check looks for (participants' real names, places, people they mention): a UTF-8 text file,
 * one name a line, blank lines and lines starting with {@code #} ignored. It must live outside the project folder:
 * real names never belong in the study's repository.
 */
public final class NamesList {

    private NamesList() {
    }

    /** The names of {@code file}; none without a file; an error (and none) for a file in the project or unreadable. */
    public static List<String> read(Optional<Path> file, Path project, Diagnostics diagnostics) {
        if (file.isEmpty()) {
            return List.of();
        }
        // named absolute: the list is outside the project, and a relative path means the folder the command ran in
        Path list = file.get().toAbsolutePath().normalize();
        SourcePosition at = SourcePosition.ofFile(list.toString());
        try {
            Path real = list.toRealPath();
            if (real.startsWith(project.toRealPath())) {
                diagnostics.error(at, "the list of names is inside the project folder: real names must never be in the study's"
                        + " repository; keep the list elsewhere and give its path");
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(real, StandardCharsets.UTF_8)) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            diagnostics.error(at, "cannot read the list of names: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
            return List.of();
        }
    }
}
