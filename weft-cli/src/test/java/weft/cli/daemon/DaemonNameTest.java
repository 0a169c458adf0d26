package weft.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A daemon serves only clients whose builds it would make the same: another jar, launcher or locale names another. */
class DaemonNameTest {

    @TempDir
    Path temp;

    private Path jar;
    private Path library;
    private Path classpath;
    private Path classes;

    @BeforeEach
    void aWeft() throws IOException {
        Path target = Files.createDirectories(temp.resolve("checkout/weft-cli/target"));
        Files.createDirectories(temp.resolve("checkout/bin"));
        Files.writeString(temp.resolve("checkout/bin/weft"), "#!/usr/bin/env bash\n");
        classes = Files.createDirectories(target.resolve("classes/weft/cli"));
        Files.writeString(classes.resolve("Main.class"), "compiled");
        jar = Files.writeString(target.resolve("weft-cli.jar"), "the command line");
        for (Path compiled : new Path[] {classes.resolve("Main.class"), classes, classes.getParent(), target.resolve("classes")}) {
            Files.setLastModifiedTime(compiled, FileTime.from(Instant.parse("2026-01-01T00:00:00Z"))); // before the jar
        }
        library = Files.writeString(temp.resolve("library.jar"), "a library");
        classpath = Files.writeString(target.resolve("classpath.txt"), library + "\n");
        classes = target.resolve("classes");
    }

    private Optional<String> key(Map<String, String> env) throws IOException {
        return DaemonName.key(jar, classpath, classes, env);
    }

    @Test
    void the_same_weft_in_the_same_locale_has_the_same_name_and_anything_that_changes_a_build_another() throws IOException {
        Map<String, String> env = Map.of("LANG", "en_GB.UTF-8");
        String name = key(env).orElseThrow();

        assertThat(key(env)).contains(name).get().asString().matches("[0-9a-f]{12}-[0-9a-f]{8}");
        String code = name.substring(0, 13);
        assertThat(key(Map.of("LANG", "fi_FI.UTF-8"))).get().asString().startsWith(code).isNotEqualTo(name);
        assertThat(key(Map.of("LANG", "en_GB.UTF-8", "WEFT_JAVA_OPTS", "-Xmx1g"))).get().asString().startsWith(code)
                .isNotEqualTo(name);
        assertThat(key(Map.of("LANG", "en_GB.UTF-8", "SOURCE_DATE_EPOCH", "1"))).contains(name); // sent with each command

        Files.writeString(library, "a library, rebuilt");
        assertThat(key(env)).get().asString().doesNotStartWith(code);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-02-01T00:00:00Z")));
        String rebuilt = key(env).orElseThrow();
        Files.writeString(temp.resolve("checkout/bin/weft"), "#!/usr/bin/env bash\n# another launcher\n");
        assertThat(key(env)).isPresent().isNotEqualTo(Optional.of(rebuilt));
    }

    @Test
    void a_weft_that_is_not_all_jars_has_no_daemon() throws IOException {
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2025-01-01T00:00:00Z"))); // a class compiled since
        assertThat(key(Map.of())).isEmpty();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-02-01T00:00:00Z")));
        assertThat(key(Map.of())).isPresent();
        Files.writeString(classpath, Files.createDirectories(temp.resolve("engine/classes")) + ":" + library + "\n");
        assertThat(key(Map.of())).isEmpty();
    }
}
