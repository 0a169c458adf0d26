package weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.TestProjects;

/**
 * {@code weft serve}'s refusals on the command line: a port given that is taken, an address that does not resolve
 * (the serving itself: weft-engine's PreviewTest and PreviewIT, and ServeGoalIT for Maven).
 */
class ServeCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void a_port_given_that_is_taken_is_a_usage_error() throws Exception {
        Path study = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThat(run("serve", "-p", study.toString(), "--port", String.valueOf(port))).isEqualTo(2);
            assertThat(err.toString()).contains("weft: cannot listen on 127.0.0.1:" + port + ": ");
        }
    }

    /**
     * {@code --manuscript}: a file that is no manuscript is a usage error; one that cannot be imported (here: prose of the
     * author's in content/) stops the preview before it starts, content/ as it was.
     */
    @Test
    void a_manuscript_that_is_none_or_cannot_be_imported_stops_the_preview_before_it_starts() throws Exception {
        Path study = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path sheet = java.nio.file.Files.writeString(temp.resolve("coding.csv"), "a;b\n");
        assertThat(run("serve", "-p", study.toString(), "--manuscript", sheet.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("weft: --manuscript names a manuscript file (.docx, .md, .qmd, .Rmd): " + sheet);
        Path paper = java.nio.file.Files.writeString(temp.resolve("paper.qmd"), "# Methods\n\nPosts.\n");
        String methods = java.nio.file.Files.readString(study.resolve("content/methods.md"));
        assertThat(run("serve", "-p", study.toString(), "--port", "0", "--manuscript", paper.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("weft: content/ of " + study + " holds the study's prose already");
        assertThat(study.resolve("content/methods.md")).content().isEqualTo(methods);
    }

    /**
     * {@code --coding}: a manuscript given as the coding is a usage error; a coding that cannot be imported (here: a
     * study whose coding frame was written by hand, which an import never replaces) stops the preview before it starts,
     * coded-data/ as it was.
     */
    @Test
    void a_coding_that_is_none_or_cannot_be_imported_stops_the_preview_before_it_starts() throws Exception {
        Path study = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path paper = java.nio.file.Files.writeString(temp.resolve("paper.qmd"), "# Methods\n\nPosts.\n");
        assertThat(run("serve", "-p", study.toString(), "--coding", paper.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("weft: --coding names a QDA tool's export (.qdpx) or a spreadsheet of the coding"
                + " (.xlsx, .ods, .csv): " + paper);
        Path sheet = java.nio.file.Files.writeString(temp.resolve("analysis.csv"), "Participant,Original expression,Category\n"
                + "P1,We cook.,Cooking\n");
        String frame = java.nio.file.Files.readString(study.resolve("coded-data/coding-frame.yaml"));
        assertThat(run("serve", "-p", study.toString(), "--port", "0", "--coding", sheet.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("ERROR analysis.csv: not one code of this file is in coded-data/coding-frame.yaml,"
                + " which was written by hand", "the coding analysis.csv cannot be imported (1 error, 0 warnings)");
        assertThat(study.resolve("coded-data/coding-frame.yaml")).content().isEqualTo(frame);
    }

    /**
     * A spreadsheet's columns named to serve as to weft import (--levels, --column, --attributes): they reach the
     * import (here a level the sheet lacks, which stops the preview before it starts, named as the import names it).
     */
    @Test
    void a_spreadsheets_columns_are_named_to_serve_as_to_weft_import() throws Exception {
        Path study = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("finnish"));
        TestProjects.delete(study.resolve("coded-data/quotes"));
        TestProjects.delete(study.resolve("coded-data/coding-frame.yaml"));
        Path sheet = java.nio.file.Files.writeString(temp.resolve("analyysi.csv"), "Haastateltava,Ilmaus,Luokka\n"
                + "H1,Kokkaamme.,Kokkaaminen\n");
        assertThat(run("serve", "-p", study.toString(), "--port", "0", "--coding", sheet.toString(), "--levels", "Yläluokka",
                "--column", "text=Ilmaus")).isEqualTo(1);
        assertThat(err.toString()).contains("ERROR analyysi.csv:1:1: no column 'Yläluokka' of the levels given (the first row"
                + " holds haastateltava, ilmaus, luokka)", "the coding analyysi.csv cannot be imported (1 error, 0 warnings)");
        assertThat(study.resolve("coded-data/coding-frame.yaml")).doesNotExist();
    }

    @Test
    void an_address_that_does_not_resolve_is_a_usage_error() {
        assertThat(run("serve", "-p", temp.toString(), "--host", "no-such-host.invalid")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("weft: unknown --host: no-such-host.invalid\n");
    }
}
