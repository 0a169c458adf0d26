package weft.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watchers of the live preview: a followed file's saves (in place, or written aside and renamed over it as Word
 * does) are told, other files of its folder are not, and its folder is not walked (a manuscript saved in a Documents
 * folder of thousands of folders must not cost a watch of each); each watcher waits on a thread of its own, not on the
 * common pool the builds' parallel streams need.
 */
class WatcherTest {

    @TempDir
    Path temp;

    @Test
    void a_followed_files_saves_are_told_and_its_neighbours_are_not() throws Exception {
        Path documents = Files.createDirectories(temp.resolve("Documents"));
        Path paper = Files.writeString(documents.resolve("paper.docx"), "first");
        Path neighbour = Files.writeString(documents.resolve("notes.txt"), "notes");
        Path nested = Files.createDirectories(documents.resolve("old")).resolve("paper.docx");
        LinkedBlockingQueue<String> told = new LinkedBlockingQueue<>();
        try (Watcher watcher = Watcher.file(paper, () -> told.add(Thread.currentThread().getName()))) {
            Files.writeString(neighbour, "more notes");
            Files.writeString(nested, "an older copy of the same name");
            assertThat(told.poll(1, TimeUnit.SECONDS)).as("told of another file").isNull();

            Files.writeString(paper, "second");
            assertThat(told.poll(30, TimeUnit.SECONDS)).isEqualTo("weft-watch-paper.docx");
            drain(told);

            Path aside = Files.writeString(documents.resolve("~WRL0001.tmp"), "third");
            Files.move(aside, paper, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertThat(told.poll(30, TimeUnit.SECONDS)).as("told of the save by rename").isNotNull();
        }
    }

    @Test
    void a_followed_files_folder_is_watched_alone_not_with_every_folder_in_it() throws Exception {
        Path documents = Files.createDirectories(temp.resolve("Documents"));
        for (int i = 0; i < 40; i++) {
            Files.createDirectories(documents.resolve("project-" + i).resolve("drafts"));
        }
        Path paper = Files.writeString(documents.resolve("paper.docx"), "first");
        long before = inotifyWatches();
        try (Watcher watcher = Watcher.file(paper, () -> { })) {
            assertThat(inotifyWatches() - before).isEqualTo(1);
        }
        Path project = Files.createDirectories(temp.resolve("study"));
        for (int i = 0; i < 5; i++) {
            Files.createDirectories(project.resolve("coded-data/quotes/batch-" + i));
        }
        before = inotifyWatches();
        try (Watcher watcher = Watcher.folders(project, () -> { })) {
            assertThat(inotifyWatches() - before).as("coded-data, quotes and its five folders").isEqualTo(7);
        }
    }

    @Test
    void the_projects_watcher_tells_on_a_thread_of_its_own_not_the_common_pool() throws Exception {
        Path project = Files.createDirectories(temp.resolve("study"));
        Path nested = Files.createDirectories(project.resolve("content/parts"));
        LinkedBlockingQueue<Thread> told = new LinkedBlockingQueue<>();
        try (Watcher watcher = Watcher.folders(project, () -> told.add(Thread.currentThread()))) {
            Files.writeString(nested.resolve("chapter.md"), "A chapter.");
            Thread thread = told.poll(30, TimeUnit.SECONDS);
            assertThat(thread).isNotNull().isNotInstanceOf(ForkJoinWorkerThread.class);
            assertThat(thread.getName()).isEqualTo("weft-watch-project");
            assertThat(thread.isDaemon()).isTrue();
        }
    }

    /** The inotify watches this process holds (Linux: one line per watch in its inotify descriptors' fdinfo). */
    private static long inotifyWatches() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fdinfo"))) {
            long watches = 0;
            for (Path fd : fds.toList()) {
                try {
                    watches += Files.readAllLines(fd).stream().filter(line -> line.startsWith("inotify wd:")).count();
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listed
                }
            }
            return watches;
        }
    }

    private static void drain(LinkedBlockingQueue<String> told) throws InterruptedException {
        while (told.poll(500, TimeUnit.MILLISECONDS) != null) {
            // the same save told more than once (written, then its attributes): one import follows, debounced
        }
    }

}
