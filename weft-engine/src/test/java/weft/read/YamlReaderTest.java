package weft.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader();
    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<YamlDocument> read(String yaml) {
        return reader.read("coded-data/x.yaml", yaml, 1, diagnostics);
    }

    private String report() {
        return String.join("\n", diagnostics.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void remembers_where_each_value_and_key_stands() {
        YamlDocument doc = read("title: Hello\nauthors:\n  - name: Ada\n    x: 1\n").orElseThrow();
        assertThat(doc.positionOf("/title")).isEqualTo(new SourcePosition("coded-data/x.yaml", 1, 8));
        assertThat(doc.positionOf("/authors/0/name")).isEqualTo(new SourcePosition("coded-data/x.yaml", 3, 11));
        assertThat(doc.keyPositionOf("/authors/0/x")).isEqualTo(new SourcePosition("coded-data/x.yaml", 4, 5));
    }

    @Test
    void maps_a_block_scalar_back_to_its_lines() {
        YamlDocument doc = read("a:\n  narrative: |\n    first line\n    second {{x}}\n").orElseThrow();
        String text = doc.root().path("a").path("narrative").asText();
        int offset = text.indexOf("{{x}}");
        assertThat(doc.textMapOf("/a/narrative").at(text, offset))
                .isEqualTo(new SourcePosition("coded-data/x.yaml", 4, 12));
    }

    @Test
    void reports_a_syntax_error_with_its_position() {
        assertThat(read("title: [unclosed\nnext: 1\n")).isEmpty();
        assertThat(report()).startsWith("ERROR coded-data/x.yaml:2:").contains("YAML syntax error");
    }

    @Test
    void rejects_anchors_and_aliases_instead_of_turning_them_into_strings() {
        assertThat(read("base: &b hello\ncopy: *b\n")).isEmpty();
        assertThat(report()).contains("ERROR coded-data/x.yaml:1:7: YAML anchors (&b) are not supported")
                .contains("ERROR coded-data/x.yaml:2:7: YAML aliases (*b) are not supported");
    }

    @Test
    void rejects_a_duplicate_key_at_the_second_occurrence() {
        assertThat(read("id: a\nid: b\n")).isEmpty();
        assertThat(report()).isEqualTo("ERROR coded-data/x.yaml:2:1: duplicate key 'id' (first at line 1)");
    }

    @Test
    void offsets_lines_of_front_matter_to_the_file() {
        YamlDocument doc = reader.read("content/a.md", "id: a\ntitle: [\n", 2, diagnostics).orElse(null);
        assertThat(doc).isNull();
        // the text starts at file line 2: the unclosed sequence ends the stream on its third line, file line 4
        assertThat(report()).startsWith("ERROR content/a.md:4:1: YAML syntax error");
    }

    @Test
    void reads_booleans_as_yaml_1_2_does_and_remembers_how_other_scalars_were_written() {
        YamlDocument doc = read("language: no\nanswer: Yes\nswitch: off\nflag: true\nroom: 0755\nscore: 1.50\nnone: ~\n").orElseThrow();
        // yes, no, on, off are words (Norwegian is "no"); true and false are booleans, as in editors checking the schemas
        assertThat(doc.root().path("language").isTextual()).isTrue();
        assertThat(doc.root().path("answer").textValue()).isEqualTo("Yes");
        assertThat(doc.root().path("switch").textValue()).isEqualTo("off");
        assertThat(doc.root().path("flag").isBoolean()).isTrue();
        // numbers stay numbers for the schema, and are known as written
        assertThat(doc.root().path("room").intValue()).isEqualTo(493);
        assertThat(doc.asWritten("/room", doc.root().path("room"))).isEqualTo("0755");
        assertThat(doc.asWritten("/score", doc.root().path("score"))).isEqualTo("1.50");
        assertThat(doc.asWritten("/none", doc.root().path("none"))).isEqualTo("~");
        assertThat(doc.asWritten("/language", doc.root().path("language"))).isEqualTo("no");
    }

    /** What reading {@code yaml} afresh reports, which must fail to read. */
    private String failure(String yaml) {
        Diagnostics own = new Diagnostics();
        assertThat(reader.read("coded-data/x.yaml", yaml, 1, own)).as(yaml).isEmpty();
        return String.join("\n", own.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void a_quote_with_characters_yaml_reads_as_syntax_is_told_to_be_put_in_quotation_marks() {
        // a transcript's [laughs], an *emphasis*, a colon: the participant's words broke the file
        for (String text : new String[] {"[laughs] I don't know", "*sigh* fine", "I said: no", "\"Yes\" she said"}) {
            assertThat(failure("quotes:\n  - id: a\n    text: " + text + "\n")).as(text).startsWith("ERROR coded-data/x.yaml:3:")
                    .endsWith("; if the value of 'text' is text, put all of it in quotation marks: text: \"…\" (a \" inside as \\\")");
        }
        // the open quotation is the fault, not the line it ran into; a tab has nothing to quote
        assertThat(failure("title: \"Open\nvolume: \"3\"\n")).doesNotContain("'volume'");
        assertThat(failure("a: 1\n\tb: 2\n")).doesNotContain("quotation marks");
        assertThat(failure("quotes:\n  - id: a\n    text: 'It never ends\n")).endsWith("; the quotation mark that opens the"
                + " value of 'text' is never closed: close it (inside \"…\" a \" is written \\\", inside '…' a ' is written '')");
    }

    @Test
    void a_long_quotation_before_a_syntax_error_is_reported_not_a_stack_overflow() {
        // a transcript's long turn, quoted, with words after the closing mark: the hint's pattern once recursed a level
        // per character of the quotation and overflowed the stack
        for (String quoted : new String[] {"\"" + "so long ".repeat(4000) + "\" she said", "'" + "it''s long ".repeat(4000) + "' she said"}) {
            assertThat(failure("quotes:\n  - id: a\n    text: " + quoted + "\n")).startsWith("ERROR coded-data/x.yaml:3:");
        }
    }

    @Test
    void a_tag_that_would_drop_words_is_an_error_and_yaml_s_own_tags_work() {
        assertThat(failure("text: !wow so sad\n")) // YAML would read "so sad"
                .isEqualTo("ERROR coded-data/x.yaml:1:7: YAML tags (!wow) are not supported: if the ! and what"
                        + " follows are part of the text, put the whole value in quotation marks (\"…\")");
        assertThat(read("citedAs: !!str 1983\n").orElseThrow().root().path("citedAs").textValue()).isEqualTo("1983");
    }
}
