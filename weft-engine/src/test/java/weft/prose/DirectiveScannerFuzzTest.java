package weft.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import weft.diagnostics.TextMap;
import weft.model.Text;
import weft.support.Fuzzer;
import weft.support.TestProjects;

/** Mutated prose never makes the directive scanner throw, and every directive it finds is placed inside the text. */
@Tag("hostile-inputs")
class DirectiveScannerFuzzTest {

    @Test
    void the_directive_scanner_places_every_directive_of_mutated_prose_inside_it() throws IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestProjects.fixture("mini-study").resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                seeds.add(Files.readString(file));
            }
        }
        seeds.add(Files.readString(TestProjects.fixture("mini-study").resolve("coded-data/coding-frame.yaml")));
        Fuzzer.Report report = new Fuzzer("DirectiveScanner", seeds).run(input -> {
            DirectiveScanner.Scanned scanned = DirectiveScanner.scan(new Text(input, TextMap.ofFile("content/methods.md", 7)));
            long lines = input.lines().count() + 7;
            for (Directive d : scanned.directives()) {
                if (d.position().line() < 7 || d.position().line() > lines || d.position().column() < 1) {
                    return "a directive placed outside the text: " + d;
                }
            }
            return null;
        });
        assertThat(report.findings()).isEmpty();
    }
}
