package weft.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the privacy check's list of names comes from: {@code -Dweft.names}, else {@code WEFT_NAMES_FILE}, else none. */
class NamesFileTest {

    @Test
    void the_parameter_wins_over_the_environment() {
        assertThat(AbstractWeftMojo.namesFile(new File("/private/names.txt"), "/elsewhere/names.txt"))
                .contains(Path.of("/private/names.txt"));
    }

    @Test
    void without_the_parameter_the_environment_variable_is_read() {
        assertThat(AbstractWeftMojo.namesFile(null, " /elsewhere/names.txt ")).contains(Path.of("/elsewhere/names.txt"));
    }

    @Test
    void without_either_there_is_no_list() {
        assertThat(AbstractWeftMojo.namesFile(null, null)).isEmpty();
        assertThat(AbstractWeftMojo.namesFile(null, "  ")).isEmpty();
    }
}
