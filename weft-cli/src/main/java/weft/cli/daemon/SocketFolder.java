package weft.cli.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The folder of the daemons' sockets: made with permissions for its owner alone, and used only while it is a real folder
 * (not a link) of the user running Weft that nobody else can open. A socket in it therefore accepts only the user's own
 * builds: the daemon runs whatever build its socket is sent, so another user must not be able to reach it.
 */
final class SocketFolder {

    /** The longest socket path Linux accepts (sun_path holds 108 bytes, the last a zero). */
    static final int MAX_SOCKET_PATH = 107;

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private SocketFolder() {
    }

    /** {@code folder}, made if missing; an {@link IOException} saying why it cannot be used otherwise. */
    static Path open(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(absolute.getParent());
            try {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another client made it at the same moment: checked below like any existing folder
            }
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(absolute + " is not a folder");
        }
        String owner = Files.getOwner(absolute, LinkOption.NOFOLLOW_LINKS).getName();
        if (!owner.equals(System.getProperty("user.name"))) {
            throw new IOException(absolute + " belongs to " + owner + ", not to " + System.getProperty("user.name"));
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(absolute, LinkOption.NOFOLLOW_LINKS);
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new IOException(absolute + " can be opened by others (" + PosixFilePermissions.toString(permissions)
                    + "); only its owner may (chmod 700)");
        }
        return absolute;
    }

    /** The socket {@code name} in {@code folder}; an {@link IOException} when its path is too long for a socket. */
    static Path socket(Path folder, String name) throws IOException {
        Path socket = folder.resolve(name);
        if (socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            throw new IOException("the socket's path " + socket + " is longer than a Unix socket's " + MAX_SOCKET_PATH
                    + " bytes (set XDG_RUNTIME_DIR to a shorter folder)");
        }
        return socket;
    }
}
