package weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleCharsetTest {

    @Test
    void a_locale_that_encodes_letters_beyond_ascii_is_kept_and_one_that_does_not_is_utf_8() {
        assertThat(ConsoleCharset.of(StandardCharsets.UTF_8)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(ConsoleCharset.of(StandardCharsets.ISO_8859_1)).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(ConsoleCharset.of(Charset.forName("windows-1252"))).isEqualTo(Charset.forName("windows-1252"));
        assertThat(ConsoleCharset.of(StandardCharsets.US_ASCII)).isEqualTo(StandardCharsets.UTF_8); // the C locale's
    }
}
