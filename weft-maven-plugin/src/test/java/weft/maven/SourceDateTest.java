package weft.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The date of a reproducible build: SOURCE_DATE_EPOCH, else project.build.outputTimestamp, else none. */
class SourceDateTest {

    @Test
    void sourceDateEpochWinsOverTheOutputTimestamp() throws MojoExecutionException {
        assertThat(AbstractWeftMojo.sourceDate("1700000000", "2021-06-18T00:00:00Z"))
                .contains(Instant.ofEpochSecond(1700000000));
    }

    @Test
    void aBlankSourceDateEpochIsIgnored() throws MojoExecutionException {
        assertThat(AbstractWeftMojo.sourceDate("  ", "2021-06-18T00:00:00Z")).contains(Instant.parse("2021-06-18T00:00:00Z"));
    }

    @Test
    void theOutputTimestampIsReadAsIso8601WithAnOffset() throws MojoExecutionException {
        assertThat(AbstractWeftMojo.sourceDate(null, "2021-06-18T03:00:00+03:00")).contains(Instant.parse("2021-06-18T00:00:00Z"));
    }

    @Test
    void theOutputTimestampIsReadAsSecondsSince1970() throws MojoExecutionException {
        assertThat(AbstractWeftMojo.sourceDate(null, "1623974400")).contains(Instant.parse("2021-06-18T00:00:00Z"));
    }

    @Test
    void noDateWhenNeitherIsSetOrTheTimestampIsOneCharacterAsMavenDisablesIt() throws MojoExecutionException {
        assertThat(AbstractWeftMojo.sourceDate(null, null)).isEmpty();
        assertThat(AbstractWeftMojo.sourceDate(null, "")).isEmpty();
        assertThat(AbstractWeftMojo.sourceDate(null, "a")).isEmpty();
    }

    @Test
    void anOutputTimestampThatIsNeitherFailsWithTheValueAndBothFormats() {
        assertThatThrownBy(() -> AbstractWeftMojo.sourceDate(null, "18.6.2021"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("project.build.outputTimestamp '18.6.2021' is neither an ISO 8601 date-time with an offset"
                        + " (2021-06-18T00:00:00Z) nor seconds since 1970");
    }

    @Test
    void anIsoDateWithoutAnOffsetIsRefused() {
        assertThatThrownBy(() -> AbstractWeftMojo.sourceDate(null, "2021-06-18T00:00:00"))
                .isInstanceOf(MojoExecutionException.class).hasMessageContaining("'2021-06-18T00:00:00'");
    }

    @Test
    void aSourceDateEpochThatIsNotANumberFailsWithItsName() {
        assertThatThrownBy(() -> AbstractWeftMojo.sourceDate("yesterday", null))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("SOURCE_DATE_EPOCH 'yesterday' is not a number of seconds since 1970-01-01 UTC");
    }

    @Test
    void aNegativeSourceDateEpochIsOutOfRange() {
        assertThatThrownBy(() -> AbstractWeftMojo.sourceDate("-1", null))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("SOURCE_DATE_EPOCH '-1' is outside 1970-01-01 to 9999-12-31");
    }

    @Test
    void secondsBeyondTheYear9999AreOutOfRange() {
        assertThatThrownBy(() -> AbstractWeftMojo.sourceDate(null, "253402300800"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("project.build.outputTimestamp '253402300800' is outside 1970-01-01 to 9999-12-31");
    }
}
