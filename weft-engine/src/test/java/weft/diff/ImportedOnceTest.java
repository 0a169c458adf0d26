package weft.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostics;
import weft.qda.QdaExport;
import weft.support.TestProjects;

/**
 * The QDA tool's file a marked-up build compares with is imported once, for the Changes page and the earlier article
 * alike: read again, the same version from the same copy; a file that cannot be imported gives its errors each time;
 * closing deletes the copy.
 */
class ImportedOnceTest {

    @TempDir
    Path temp;

    @Test
    void a_file_read_twice_is_imported_once_and_its_copy_goes_when_closed() throws Exception {
        Path study = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path may = QdaExport.write(study.resolve("nvivo-may.qdpx"), QdaExport.Format.QDPX, QdaExport.of(study,
                QdaExport.Format.QDPX, Optional.empty(), new Diagnostics()).orElseThrow());
        Path copy;
        try (ImportedOnce once = new ImportedOnce(study, new Versions(1 << 24))) {
            assertThat(once.folder()).isEmpty();
            Version first = once.read(may, "nvivo-may.qdpx", new Diagnostics()).orElseThrow();
            copy = once.folder().orElseThrow();
            Files.writeString(may, "no longer a zip"); // were it imported again, it would fail
            Diagnostics again = new Diagnostics();
            assertThat(once.read(may, "nvivo-may.qdpx", again)).containsSame(first);
            assertThat(again.sorted()).isEmpty();
            assertThat(once.folder()).contains(copy);
            assertThatThrownBy(() -> once.read(study.resolve("other.qdpx"), "other.qdpx", new Diagnostics()))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(copy).doesNotExist();

        try (ImportedOnce once = new ImportedOnce(study, new Versions(1 << 24))) {
            Diagnostics first = new Diagnostics();
            assertThat(once.read(may, "nvivo-may.qdpx", first)).isEmpty();
            Diagnostics again = new Diagnostics();
            assertThat(once.read(may, "nvivo-may.qdpx", again)).isEmpty();
            assertThat(again.sorted()).isNotEmpty().isEqualTo(first.sorted());
        }
    }
}
