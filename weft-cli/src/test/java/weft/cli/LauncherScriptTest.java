package weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/weft} as macOS's own bash (3.2) reads it: with {@code set -u}, that bash takes {@code "${a[@]}"} of an empty
 * array for an unset variable and stops the script, so every array that may be empty (the JVM options of
 * {@code WEFT_JAVA_OPTS}, the huge-page option, the arguments) is expanded as {@code ${a[@]+"${a[@]}"}}. No bash 3.2 is
 * here to run it (Debian has bash 5 alone): this reads the script, and {@code LauncherIT} runs it under bash 5.
 */
class LauncherScriptTest {

    /** The arrays the script always fills: the JVM's options, the classpath's entries. */
    private static final Set<String> NEVER_EMPTY = Set.of("jvm", "entries");
    private static final Pattern BARE = Pattern.compile("(?<!\\+)\"\\$\\{(\\w+)\\[[@*]\\]\\}\"");

    @Test
    void no_array_that_may_be_empty_is_expanded_without_the_guard_bash_3_2_needs() throws IOException {
        List<String> bare = new ArrayList<>();
        List<String> lines = Files.readAllLines(weft.support.TestProjects.defaultStudy().resolve("bin/weft"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher m = BARE.matcher(line);
            while (m.find()) {
                if (!NEVER_EMPTY.contains(m.group(1))) {
                    bare.add("bin/weft:" + (i + 1) + ": " + m.group());
                }
            }
        }
        assertThat(bare).isEmpty();
    }

    @Test
    void the_check_finds_a_bare_expansion_when_there_is_one() {
        Matcher m = BARE.matcher("launch \"$java\" \"${extra[@]}\" ${huge[@]+\"${huge[@]}\"}");
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertThat(found).containsExactly("extra");
    }
}
