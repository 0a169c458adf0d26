package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Diagnostics;
import weft.publish.Manifest;
import weft.read.ProjectFiles;
import weft.support.TestFonts;

/**
 * The fonts of a study's templates/fonts/: each read with its family and characters, and each that the PDF cannot use
 * refused at its file, saying why (files that are no fonts are in the invalid project font-files).
 */
class StudyFontsTest {

    @TempDir
    Path temp;

    private List<String> read(Diagnostics diagnostics) {
        StudyFonts.read(new ProjectFiles(temp, 1 << 20), diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void a_font_is_read_with_its_family_and_the_characters_it_has() throws IOException {
        Path file = TestFonts.addJapanese(temp, "ipaexg.ttf");
        Diagnostics diagnostics = new Diagnostics();
        StudyFonts fonts = StudyFonts.read(new ProjectFiles(temp, 1 << 20), diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(fonts.fonts()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("templates/fonts/ipaexg.ttf");
            assertThat(f.family()).isEqualTo("IPAexGothic");
            assertThat(f.has("家".codePointAt(0))).isTrue();
            assertThat(f.has("🙂".codePointAt(0))).isFalse();
        });
        assertThat(fonts.forCodePoint("食".codePointAt(0))).isPresent();
        assertThat(fonts.fingerprint()).isEqualTo("templates/fonts/ipaexg.ttf " + Manifest.sha256(Files.readAllBytes(file)) + "\n");
    }

    /** What print.css selects a face by: the family it shares with its sister faces, its weight, its posture. */
    @Test
    void each_face_is_read_with_the_family_weight_and_posture_it_gives_itself() {
        TestFonts.addSerifFaces(temp);
        TestFonts.addTypographicFamily(temp, "z-extralight.ttf");
        Diagnostics diagnostics = new Diagnostics();
        StudyFonts fonts = StudyFonts.read(new ProjectFiles(temp, 1 << 20), diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(fonts.fonts()).extracting(f -> f.family() + " " + f.weight() + (f.italic() ? " italic" : ""))
                .containsExactly("Liberation Serif 700", "Liberation Serif 400 italic", "Liberation Serif 400",
                        // its family (name 1) is "DejaVu Sans Light", its typographic family (name 16) "DejaVu Sans"
                        "DejaVu Sans 200");
    }

    @Test
    void a_study_without_fonts_has_none() {
        Diagnostics diagnostics = new Diagnostics();
        StudyFonts fonts = StudyFonts.read(new ProjectFiles(temp, 1 << 20), diagnostics);
        assertThat(fonts.isEmpty()).isTrue();
        assertThat(fonts.fingerprint()).isEmpty();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void fonts_are_tried_in_the_order_of_their_file_names() {
        TestFonts.addJapanese(temp, "b.ttf");
        TestFonts.addJapanese(temp, "a.ttf");
        StudyFonts fonts = StudyFonts.read(new ProjectFiles(temp, 1 << 20), new Diagnostics());
        assertThat(fonts.fonts()).extracting(StudyFonts.Font::path).containsExactly("templates/fonts/a.ttf", "templates/fonts/b.ttf");
        assertThat(fonts.forCodePoint("家".codePointAt(0)).orElseThrow().path()).isEqualTo("templates/fonts/a.ttf");
    }

    /** OS/2 fsType 2, "restricted licence embedding": the font's makers forbid embedding it, and a PDF must embed. */
    @Test
    void a_font_whose_licence_forbids_embedding_is_refused() throws IOException {
        Path file = TestFonts.addJapanese(temp, "restricted.ttf");
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer font = ByteBuffer.wrap(bytes);
        int tables = font.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (new String(bytes, entry, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("OS/2")) {
                font.putShort(font.getInt(entry + 8) + 8, (short) 0x0002); // fsType, 8 bytes into the table
            }
        }
        Files.write(file, bytes);
        assertThat(read(new Diagnostics())).containsExactly("ERROR templates/fonts/restricted.ttf: the font's licence does"
                + " not allow embedding it in a document (OS/2 fsType 2): a PDF must embed its fonts; choose a font"
                + " licensed for embedding, such as one under the SIL Open Font License");
    }

    /** A font without an OS/2 table reads in fontbox, but PDFBox cannot embed it: refused when read, not when printed. */
    @Test
    void a_font_without_a_table_the_pdf_needs_is_refused() throws IOException {
        Path file = TestFonts.addJapanese(temp, "no-os2.ttf");
        byte[] bytes = Files.readAllBytes(file);
        int tables = ByteBuffer.wrap(bytes).getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (new String(bytes, entry, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("OS/2")) {
                bytes[entry] = 'X'; // the table is there under another name: to a reader, missing
            }
        }
        Files.write(file, bytes);
        assertThat(read(new Diagnostics())).containsExactly("ERROR templates/fonts/no-os2.ttf: cannot read the font: os2"
                + " table is missing in font IPAexGothic");
    }

    @Test
    void java2ds_table_numbers_are_named_by_their_letters() {
        assertThat(StudyFonts.tableNames("bad table, tag=1111577413")).isEqualTo("bad table, table 'BASE'");
    }

    @Test
    void a_damaged_font_is_an_error_at_its_file_not_a_crash() throws IOException {
        byte[] whole = Files.readAllBytes(TestFonts.japanese());
        Files.createDirectories(temp.resolve(StudyFonts.DIR));
        Files.write(temp.resolve("templates/fonts/cut.ttf"), Arrays.copyOf(whole, 600));
        assertThat(read(new Diagnostics())).singleElement().asString()
                .startsWith("ERROR templates/fonts/cut.ttf: cannot read the font: ");
    }

    @Test
    void a_font_over_the_size_limit_is_refused_before_it_is_read() throws IOException {
        Files.createDirectories(temp.resolve(StudyFonts.DIR));
        try (RandomAccessFile big = new RandomAccessFile(temp.resolve("templates/fonts/big.ttf").toFile(), "rw")) {
            big.setLength(StudyFonts.MAX_BYTES + 1); // sparse: nothing is written
        }
        assertThat(read(new Diagnostics())).containsExactly("ERROR templates/fonts/big.ttf: file is 52428801 bytes, over"
                + " the limit of 52428800 bytes");
    }
}
