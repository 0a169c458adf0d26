package weft.cli;

import java.nio.file.Path;
import picocli.CommandLine;

/** Makes the command line's objects for a command run in {@code folder}: its project folders are relative to it. */
record InFolder(Path folder) implements CommandLine.IFactory {

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == ProjectFolder.class) {
            return type.cast(new ProjectFolder(folder));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
