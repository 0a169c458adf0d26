package weft.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {

    private static final CodeFingerprint CODE = new CodeFingerprint("code-1");

    @TempDir
    Path temp;

    private final AtomicInteger runs = new AtomicInteger();

    private byte[] stage(String input) {
        runs.incrementAndGet();
        return ("made of " + input).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] memo(BuildCache cache, String input) {
        return cache.memo(cache.key("test").text(input), Codec.BYTES, () -> stage(input));
    }

    @Test
    void a_result_is_made_once_for_the_same_inputs_and_again_for_others() {
        BuildCache cache = BuildCache.open(temp.resolve("cache"), CODE).cache();
        assertThat(memo(cache, "a")).asString(StandardCharsets.UTF_8).isEqualTo("made of a");
        assertThat(temp.resolve("cache")).as("nothing is written before the build succeeded").doesNotExist();
        cache.commit();
        assertThat(temp.resolve("cache/" + BuildCache.MARKER)).exists();
        BuildCache next = BuildCache.open(temp.resolve("cache"), CODE).cache(); // the next build
        assertThat(memo(next, "a")).asString(StandardCharsets.UTF_8).isEqualTo("made of a");
        assertThat(runs).hasValue(1);
        assertThat(memo(next, "b")).asString(StandardCharsets.UTF_8).isEqualTo("made of b");
        assertThat(runs).hasValue(2);
    }

    @Test
    void other_code_makes_every_result_again() {
        BuildCache first = BuildCache.open(temp.resolve("cache"), CODE).cache();
        memo(first, "a");
        first.commit();
        memo(BuildCache.open(temp.resolve("cache"), new CodeFingerprint("code-2")).cache(), "a");
        assertThat(runs).hasValue(2);
    }

    @Test
    void fields_are_kept_apart_so_that_moving_bytes_between_them_changes_the_key() {
        BuildCache cache = BuildCache.none();
        assertThat(cache.key("test").text("ab").text("c").fileName())
                .isNotEqualTo(cache.key("test").text("a").text("bc").fileName());
    }

    @Test
    void no_cache_runs_every_stage_and_writes_nothing() throws IOException {
        BuildCache none = BuildCache.none();
        memo(none, "a");
        memo(none, "a");
        assertThat(runs).hasValue(2);
        try (var files = Files.list(temp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void a_file_or_a_folder_of_other_files_is_refused() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");
        assertThat(BuildCache.open(file, CODE).refusal()).hasValueSatisfying(r -> assertThat(r).contains("not a folder"));
        Files.createDirectories(temp.resolve("other"));
        Files.writeString(temp.resolve("other/thesis.docx"), "x");
        assertThat(BuildCache.open(temp.resolve("other"), CODE).refusal())
                .hasValueSatisfying(r -> assertThat(r).contains("not empty and has no .weft-cache marker"));
        assertThat(temp.resolve("other/" + BuildCache.MARKER)).doesNotExist();
    }
}
