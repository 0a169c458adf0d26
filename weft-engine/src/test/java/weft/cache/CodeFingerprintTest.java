package weft.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another jar, a rebuilt one, or a recompiled class gives another fingerprint, and so new cache keys. */
class CodeFingerprintTest {

    @TempDir
    Path temp;

    @Test
    void a_rebuilt_jar_or_a_recompiled_class_changes_the_fingerprint() throws IOException {
        Path jar = Files.writeString(temp.resolve("lib.jar"), "version 1");
        Path classes = Files.createDirectories(temp.resolve("classes"));
        Path type = Files.writeString(classes.resolve("A.class"), "a");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.setLastModifiedTime(type, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        CodeFingerprint first = CodeFingerprint.of(List.of(jar, classes));

        assertThat(CodeFingerprint.of(List.of(jar, classes))).isEqualTo(first);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        CodeFingerprint rebuilt = CodeFingerprint.of(List.of(jar, classes));
        assertThat(rebuilt).isNotEqualTo(first);

        Files.writeString(type, "ab");
        Files.setLastModifiedTime(type, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        CodeFingerprint recompiled = CodeFingerprint.of(List.of(jar, classes));
        assertThat(recompiled).isNotEqualTo(rebuilt);

        Files.writeString(classes.resolve("B.class"), "b");
        assertThat(CodeFingerprint.of(List.of(jar, classes))).isNotEqualTo(recompiled);
        assertThat(CodeFingerprint.of(List.of(classes))).as("a jar left out").isNotEqualTo(CodeFingerprint.of(List.of(jar, classes)));
    }

    @Test
    void the_running_weft_has_a_fingerprint_of_its_own_class_path() {
        CodeFingerprint code = CodeFingerprint.of(BuildCache.class);
        assertThat(code.hex()).matches("[0-9a-f]{64}");
        assertThat(CodeFingerprint.of(BuildCache.class)).isEqualTo(code);
    }
}
