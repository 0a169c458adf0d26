package weft.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Weft's temporary folders hold copies of the study's quotes, so none is left behind: deleted when the work ends, when
 * the process is stopped (as Ctrl-C stops it), or, left by a process killed outright, by the next Weft; never a folder
 * that is not provably one of Weft's whose process has ended.
 */
class TemporaryFoldersTest {

    @TempDir
    Path temp;

    /** Makes a temporary folder with a file in it, prints its path, and waits to be stopped (or exits, given "exit"). */
    public static void main(String[] args) throws Exception {
        Path folder = TemporaryFolders.create("weft-test-");
        Files.writeString(folder.resolve("quote.txt"), "words of a participant");
        System.out.println(folder);
        System.out.flush();
        if (args.length > 0 && args[0].equals("exit")) {
            System.exit(0);
        }
        Thread.sleep(TimeUnit.MINUTES.toMillis(2));
    }

    private static Process weft(String... args) throws Exception {
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(launcher, "-cp",
                System.getProperty("java.class.path"), TemporaryFoldersTest.class.getName()));
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static Path folderOf(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return Path.of(out.readLine());
    }

    @Test
    void a_folder_is_marked_as_weft_s_and_deleted_whole() throws Exception {
        Path folder = TemporaryFolders.create("weft-test-");
        Files.createDirectories(folder.resolve("coded-data/quotes"));
        Files.writeString(folder.resolve("coded-data/quotes/q.yaml"), "quotes: []\n");
        assertThat(Files.readString(folder.resolve(TemporaryFolders.MARKER))).startsWith(ProcessHandle.current().pid() + " ");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        TemporaryFolders.delete(folder);
        assertThat(folder).doesNotExist();
    }

    @Test
    void a_process_stopped_as_ctrl_c_stops_it_or_exiting_leaves_no_folder() throws Exception {
        Process stopped = weft();
        Path folder = folderOf(stopped);
        assertThat(folder.resolve("quote.txt")).exists();
        stopped.destroy(); // SIGTERM, which runs the shutdown hooks as Ctrl-C's SIGINT does
        assertThat(stopped.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(folder).doesNotExist();

        Process exiting = weft("exit");
        Path other = folderOf(exiting);
        assertThat(exiting.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(other).doesNotExist();
    }

    @Test
    void a_folder_a_killed_process_left_is_deleted_by_the_next_and_nothing_else() throws Exception {
        Process killed = weft();
        Path left = folderOf(killed);
        killed.destroyForcibly(); // kill -9: no hook runs
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(left.resolve("quote.txt")).exists();
        // the parent folder's other entries: a folder of a running Weft (this one), a folder without the marker, one
        // whose marker names no process, a file, and a link to a killed process's folder
        Path parent = Files.createDirectories(temp.resolve("tmp"));
        Path abandoned = Files.move(left, parent.resolve(left.getFileName()));
        Path running = Files.createDirectories(parent.resolve("weft-running-1"));
        Files.writeString(running.resolve(TemporaryFolders.MARKER), ProcessHandle.current().pid() + " "
                + ProcessHandle.current().info().startInstant().orElseThrow() + "\n");
        Path unmarked = Files.createDirectories(parent.resolve("weft-unmarked-1"));
        Path garbled = Files.createDirectories(parent.resolve("weft-garbled-1"));
        Files.writeString(garbled.resolve(TemporaryFolders.MARKER), "not a process\n");
        Path file = Files.writeString(parent.resolve("weft-file"), "a user's file");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve(TemporaryFolders.MARKER), killed.pid() + " -\n");
        Path link = Files.createSymbolicLink(parent.resolve("weft-link"), elsewhere);
        UserPrincipal owner = Files.getOwner(parent, LinkOption.NOFOLLOW_LINKS);

        assertThat(TemporaryFolders.sweep(parent, owner)).isEqualTo(1);
        assertThat(abandoned).doesNotExist();
        assertThat(running).exists();
        assertThat(unmarked).exists();
        assertThat(garbled).exists();
        assertThat(file).exists();
        assertThat(link).exists();
        assertThat(elsewhere.resolve(TemporaryFolders.MARKER)).exists();
    }
}
