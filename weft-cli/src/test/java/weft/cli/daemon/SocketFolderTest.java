package weft.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a folder of the user's own that nobody else can open holds the daemons' sockets. */
class SocketFolderTest {

    @TempDir
    Path temp;

    @Test
    void a_missing_folder_is_made_for_its_owner_alone() throws IOException {
        Path folder = SocketFolder.open(temp.resolve("run/weft-daemon"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(SocketFolder.open(folder)).isEqualTo(folder);
    }

    @Test
    void a_folder_others_can_open_a_link_and_a_file_are_refused() throws IOException {
        Path open = Files.createDirectory(temp.resolve("open"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path safe = SocketFolder.open(temp.resolve("safe"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), safe);
        Path file = Files.writeString(temp.resolve("file"), "");

        assertThatThrownBy(() -> SocketFolder.open(open)).hasMessage(open + " can be opened by others (rwxr-xr-x); only its"
                + " owner may (chmod 700)");
        assertThatThrownBy(() -> SocketFolder.open(link)).hasMessage(link + " is not a folder");
        assertThatThrownBy(() -> SocketFolder.open(file)).hasMessage(file + " is not a folder");
    }

    @Test
    void a_socket_path_longer_than_linux_allows_is_refused() throws IOException {
        Path deep = SocketFolder.open(temp.resolve("x".repeat(100)));

        assertThatThrownBy(() -> SocketFolder.socket(deep, "a.sock")).hasMessageContaining("is longer than a Unix socket's 107 bytes");
        assertThat(SocketFolder.socket(SocketFolder.open(temp.resolve("s")), "a.sock").toString().length())
                .isLessThanOrEqualTo(SocketFolder.MAX_SOCKET_PATH);
    }
}
