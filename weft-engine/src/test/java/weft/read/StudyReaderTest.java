package weft.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostics;
import weft.model.Quote;
import weft.model.Study;
import weft.support.TestProjects;

/** Reading a study whose quotes are spread over many files, which are read on more than one thread. */
class StudyReaderTest {

    private static final int FILES = 40;
    private static final int PER_FILE = 25;

    @TempDir
    Path temp;

    private final StudyReader reader = new StudyReader(new SchemaChecker());

    /** The mini study with its quotes spread over {@link #FILES} files, the n-th file holding quotes q-n-0, q-n-1… */
    private Path spread(String name) throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve(name));
        Path quotes = project.resolve("coded-data/quotes");
        Files.delete(quotes.resolve("quotes.yaml"));
        for (int f = 0; f < FILES; f++) {
            StringBuilder yaml = new StringBuilder("quotes:\n");
            for (int q = 0; q < PER_FILE; q++) {
                String code = q % 2 == 0 ? "cooking-together" : "eating-together";
                yaml.append("  - id: q-").append(f).append('-').append(q).append('\n')
                        .append("    text: Quote ").append(q).append(" of file ").append(f).append('\n')
                        .append("    codes: [").append(code).append("]\n")
                        .append("    presented: false\n")
                        .append("    source: {recorded: false, note: Not reported.}\n");
            }
            // file names that sort differently as text and as numbers: the files are read in the listing's order
            Files.writeString(quotes.resolve(String.format("part-%d.yaml", f)), yaml);
        }
        return project;
    }

    private List<String> expectedIds() throws IOException {
        List<String> files = new ArrayList<>();
        for (int f = 0; f < FILES; f++) {
            files.add(String.format("part-%d.yaml", f));
        }
        files.sort(null);
        List<String> ids = new ArrayList<>();
        for (String file : files) {
            int f = Integer.parseInt(file.substring(5, file.length() - 5));
            for (int q = 0; q < PER_FILE; q++) {
                ids.add("q-" + f + "-" + q);
            }
        }
        return ids;
    }

    @Test
    void quotes_of_many_files_come_in_the_files_order_and_each_files_order_every_time() throws IOException {
        Path project = spread("many");
        ProjectFiles files = new ProjectFiles(project, 1 << 20);
        List<String> expected = expectedIds();
        for (int round = 0; round < 20; round++) {
            Diagnostics diagnostics = new Diagnostics();
            Optional<Study> study = reader.read(files, diagnostics);
            assertThat(diagnostics.hasErrors()).as(diagnostics.summary()).isFalse();
            assertThat(study).isPresent();
            assertThat(study.get().quotes()).extracting(Quote::id).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void problems_in_several_quote_files_are_each_reported_at_their_place_every_time() throws IOException {
        Path project = spread("broken");
        Path quotes = project.resolve("coded-data/quotes");
        // a syntax error, an unknown field and a duplicate key, in files read by different threads
        Files.writeString(quotes.resolve("part-3.yaml"), "quotes:\n  - id: a\n    text: [unclosed\n");
        Files.writeString(quotes.resolve("part-17.yaml"), "quotes:\n  - id: b\n    text: B\n    codes: [eating-together]\n"
                + "    presented: false\n    source: {recorded: false, note: x}\n    mood: happy\n");
        Files.writeString(quotes.resolve("part-38.yaml"), "quotes:\n  - id: c\n    id: d\n");
        ProjectFiles files = new ProjectFiles(project, 1 << 20);
        List<String> first = null;
        for (int round = 0; round < 20; round++) {
            Diagnostics diagnostics = new Diagnostics();
            assertThat(reader.read(files, diagnostics)).isEmpty();
            List<String> report = diagnostics.sorted().stream().map(Object::toString).toList();
            if (first == null) {
                first = report;
                assertThat(report).anyMatch(line -> line.startsWith("ERROR coded-data/quotes/part-3.yaml:"));
                assertThat(report).anyMatch(line -> line.startsWith("ERROR coded-data/quotes/part-17.yaml:7:5: unknown field 'mood'"));
                assertThat(report).anyMatch(line -> line.startsWith("ERROR coded-data/quotes/part-38.yaml:3:5: duplicate key 'id'"));
                assertThat(report).allMatch(line -> line.contains("part-3.yaml") || line.contains("part-17.yaml")
                        || line.contains("part-38.yaml"));
            } else {
                assertThat(report).isEqualTo(first);
            }
        }
    }

    @Test
    void a_participants_attributes_are_the_values_as_written_not_as_yaml_types_them() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("attributes"));
        Path study = project.resolve("coded-data/study.yaml");
        String yaml = Files.readString(study);
        assertThat(yaml).doesNotContain("participants:");
        // YAML 1.1 would make these false, 493, 1.5, 1000 and true: the participants' table would print words nobody wrote
        Files.writeString(study, yaml + "participants:\n  - id: p1\n    citedAs: P1\n"
                + "    attributes: {living alone: no, room: 0755, score: 1.50, income: 1_000, consented: True, age: 83}\n");
        Diagnostics diagnostics = new Diagnostics();
        Study read = reader.read(new ProjectFiles(project, 1 << 20), diagnostics).orElseThrow();
        assertThat(read.info().participants().get(0).attributes()).extracting(a -> a.name() + "=" + a.value())
                .containsExactly("living alone=no", "room=0755", "score=1.50", "income=1_000", "consented=True", "age=83");
    }

    @Test
    void a_quote_written_as_a_yaml_block_ends_with_its_last_word_not_the_blocks_line_break() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("block"));
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    text: Same table, same people, every night.\n",
                "    text: |\n      Same table,\n      same people.\n\n");
        Study read = reader.read(new ProjectFiles(project, 1 << 20), new Diagnostics()).orElseThrow();
        // YAML's |, kept, printed the closing quotation mark on a line of its own; the line inside stays
        assertThat(read.quotes().stream().filter(q -> q.id().equals("same-table")).findFirst().orElseThrow().text())
                .isEqualTo("Same table,\nsame people.");
    }
}
