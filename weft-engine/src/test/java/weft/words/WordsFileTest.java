package weft.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code weft words}: the words file a project translates, new (Weft's English, with the language's plural categories)
 * or completed (the keys it lacks appended, its own bytes untouched), for a language Weft has words for (its own).
 */
class WordsFileTest {

    @TempDir
    Path project;

    private static Map<String, String> english() throws IOException {
        try (InputStream in = WordsFile.class.getResourceAsStream("/weft/words/words.properties")) {
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new java.util.TreeMap<>();
            p.forEach((k, v) -> map.put(k.toString(), v.toString()));
            return map;
        }
    }

    @Test
    void a_language_weft_has_no_words_for_gets_every_english_word_to_translate() throws IOException {
        WordsFile.Written written = WordsFile.write(project, "ar");
        assertThat(written.file()).isEqualTo(project.resolve("templates/words_ar.properties"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(written.file())))
                .as("readable as any file the project has").isEqualTo("rw-r--r--");
        assertThat(written.created()).isTrue();
        String text = Files.readString(written.file());
        assertThat(text).startsWith("# Weft's words for Arabic ('ar'), in English: translate each value.\n")
                .contains("Arabic names the plural categories zero, one, two, few, many, other")
                .contains("# The article (HTML and PDF)\nskipToArticle=Skip to the article\n");
        Map<String, String> words = Words.parse(text);
        assertThat(words).isEqualTo(english());
        assertThat(written.added()).isEqualTo(english().size());
        assertThat(Words.of("ar", List.of(words)).get("contents")).isEqualTo("Contents");
    }

    @Test
    void a_language_weft_has_words_for_starts_from_them() throws IOException {
        String text = Files.readString(WordsFile.write(project, "pt-BR").file());
        assertThat(text).startsWith("# Weft's words in Portuguese ('pt'), to change");
        Map<String, String> words = Words.parse(text);
        assertThat(words.get("contents")).isEqualTo(Words.of("pt").get("contents")).isNotEqualTo("Contents");
        assertThat(words.keySet()).isEqualTo(english().keySet());
    }

    @Test
    void a_file_the_project_has_keeps_its_bytes_and_gets_the_keys_it_lacks_once() throws IOException {
        Path file = project.resolve("templates/words_he.properties");
        Files.createDirectories(file.getParent());
        String theirs = "# our Hebrew words\ncontents=תוכן העניינים\nabstract=תקציר";
        Files.writeString(file, theirs, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        WordsFile.Written written = WordsFile.write(project, "he");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("the file's permissions kept").isEqualTo("rw-rw-r--");
        assertThat(written.created()).isFalse();
        assertThat(written.added()).isEqualTo(english().size() - 2);
        String text = Files.readString(file);
        assertThat(text).startsWith(theirs + "\n");
        Map<String, String> words = Words.parse(text);
        assertThat(words.get("contents")).isEqualTo("תוכן העניינים");
        assertThat(words.keySet()).isEqualTo(english().keySet());
        assertThat(text.split("\ncontents=", -1)).as("a key never twice").hasSize(2);

        byte[] before = Files.readAllBytes(file);
        WordsFile.Written again = WordsFile.write(project, "he");
        assertThat(again.added()).isZero();
        assertThat(Files.readAllBytes(file)).as("nothing to add: the file as it was").isEqualTo(before);
        try (var list = Files.list(file.getParent())) {
            assertThat(list.map(p -> p.getFileName().toString()).toList()).containsExactly("words_he.properties");
        }
    }

    @Test
    void what_is_not_a_language_tag_is_refused_and_nothing_is_written() {
        for (String notALanguage : List.of("../../etc", "", " ", "1234", "x")) {
            assertThatThrownBy(() -> WordsFile.write(project, notALanguage)).isInstanceOf(IOException.class)
                    .hasMessageContaining("is not a language tag");
        }
        assertThat(project.resolve("templates")).doesNotExist();
    }

    @Test
    void a_link_or_an_unreadable_file_is_refused_and_left_as_it_is() throws IOException {
        Path templates = Files.createDirectories(project.resolve("templates"));
        Path elsewhere = Files.writeString(project.resolve("elsewhere.properties"), "contents=X\n");
        Files.createSymbolicLink(templates.resolve("words_fa.properties"), elsewhere);
        assertThatThrownBy(() -> WordsFile.write(project, "fa")).isInstanceOf(IOException.class)
                .hasMessageContaining("is not a regular file");
        assertThat(Files.readString(elsewhere)).isEqualTo("contents=X\n");
        Path broken = Files.writeString(templates.resolve("words_ur.properties"), "contents=\\u12\n");
        assertThatThrownBy(() -> WordsFile.write(project, "ur")).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot be read as words");
        assertThat(Files.readString(broken)).isEqualTo("contents=\\u12\n");
    }
}
