package weft.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under weft-engine/src/test/resources/golden/: {@code -Dweft.updateGolden=true} writes the actual output
 * there first (review the diff before committing it), so that the comparison then holds.
 */
public final class Golden {

    /** The golden text at {@code path} (relative to the golden folder), after writing {@code actual} there when asked. */
    public static String text(String path, String actual) throws IOException {
        Path golden = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/golden/" + path);
        if (Boolean.getBoolean("weft.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
        }
        return Files.readString(golden);
    }

    private Golden() {
    }
}
