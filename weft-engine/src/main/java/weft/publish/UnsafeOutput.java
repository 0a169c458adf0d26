package weft.publish;

import java.nio.file.Path;

/**
 * Why Weft will not write to an output folder.
 *
 * @param what   what would have been written there ("the publication", "the site pages")
 * @param path   the folder, absolute
 * @param reason why it is refused, as a clause ("it is the project folder")
 */
public record UnsafeOutput(String what, Path path, String reason) {

    /** One line for the user: the path and the reason. */
    public String message() {
        return "refusing to write " + what + " to " + path + ": " + reason;
    }
}
