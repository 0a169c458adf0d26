package weft.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Converts {@code --project}: an existing folder, else a usage error (a typo is not a study with every file missing). */
final class ProjectFolder implements CommandLine.ITypeConverter<Path> {

    private final Path base;

    /** Relative paths are the JVM's own: relative to the folder it runs in. */
    ProjectFolder() {
        this(Path.of(""));
    }

    /** Relative paths are relative to {@code base} (a build daemon's client's folder). */
    ProjectFolder(Path base) {
        this.base = base;
    }

    @Override
    public Path convert(String value) {
        Path folder;
        try {
            folder = base.resolve(Path.of(value));
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a path: " + e.getReason());
        }
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a folder"
                    + (Files.exists(folder) ? "" : " (it does not exist)"));
        }
        return folder;
    }
}
