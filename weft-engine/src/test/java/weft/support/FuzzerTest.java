package weft.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A fuzzed input that never ends is a finding, and the run goes on with the next inputs: the test that fuzzes fails
 * instead of hanging (as the prose fuzzer did, for twenty minutes, on a bracket left open before 135 backslashes).
 */
@Tag("hostile-inputs")
class FuzzerTest {

    @Test
    void an_input_that_never_ends_is_a_finding_and_the_next_inputs_are_still_checked() {
        List<String> checked = new ArrayList<>();
        Fuzzer.Report report = new Fuzzer("a hang", List.of("seed text"), 3).run(input -> {
            synchronized (checked) {
                checked.add(input);
                if (checked.size() != 2) {
                    return null;
                }
            }
            try {
                Thread.sleep(Long.MAX_VALUE); // the second input never ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        assertThat(report.inputs()).isEqualTo(3);
        assertThat(checked).hasSize(3);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.seed()).isEqualTo(1);
            assertThat(f.problem()).isEqualTo("did not end within 10 s");
        });
    }
}
