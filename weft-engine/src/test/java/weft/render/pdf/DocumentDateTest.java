package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the PDF's date comes from: never the clock. */
class DocumentDateTest {

    @Test
    void the_source_date_epoch_comes_first() {
        Instant epoch = Instant.ofEpochSecond(1_700_000_000L);
        assertThat(DocumentDate.of(Optional.of(epoch), "2022-02-02", "2021-06-18")).isEqualTo(epoch);
    }

    @Test
    void then_the_presentation_date_then_the_publication_date_at_midnight_utc() {
        assertThat(DocumentDate.of(Optional.empty(), "2022-02-02", "2021-06-18"))
                .isEqualTo(Instant.parse("2022-02-02T00:00:00Z"));
        assertThat(DocumentDate.of(Optional.empty(), "", "2021-06-18"))
                .isEqualTo(Instant.parse("2021-06-18T00:00:00Z"));
    }

    @Test
    void a_study_without_dates_gets_the_epoch() {
        assertThat(DocumentDate.of(Optional.empty(), "", "")).isEqualTo(Instant.EPOCH);
    }
}
