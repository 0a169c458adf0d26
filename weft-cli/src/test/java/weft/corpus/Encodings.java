package weft.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Generators of encoding defects: bytes that are not UTF-8, other encodings, byte order marks, line endings. */
final class Encodings {

    /** Inserts {@code bytes} before column {@code column} (from 1) of line {@code line} (from 1). */
    static void insertBytes(Path file, int line, int column, byte[] bytes) throws IOException {
        byte[] text = Files.readAllBytes(file);
        int offset = 0;
        for (int l = 1; l < line; l++) {
            while (text[offset] != '\n') {
                offset++;
            }
            offset++;
        }
        offset += column - 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, offset);
        out.write(bytes);
        out.write(text, offset, text.length - offset);
        Files.write(file, out.toByteArray());
    }

    static void reencode(Path file, Charset charset, boolean bom) throws IOException {
        String text = (bom ? "\uFEFF" : "") + Files.readString(file);
        Files.write(file, text.getBytes(charset));
    }

    /** Rewrites every YAML, Markdown and BibTeX file under {@code folder} through {@code change}. */
    static void everyInput(Path folder, UnaryOperator<String> change) throws IOException {
        for (Path file : Generators.files(folder).toList()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yaml") || name.endsWith(".md") || name.endsWith(".bib")) {
                Files.writeString(file, change.apply(Files.readString(file)), StandardCharsets.UTF_8);
            }
        }
    }

    private Encodings() {
    }
}
