package weft.manuscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostics;
import weft.support.Fuzzer;
import weft.support.TestProjects;

/**
 * Word documents whose text (word/document.xml of Weft's own article.docx, with its headings, lists, notes, tables,
 * figures and fields) is mutated never make the Word import throw: each gives Markdown or an error at the document,
 * Markdown only without errors.
 */
@Tag("hostile-inputs")
class DocxManuscriptFuzzTest {

    @Test
    void a_mutated_word_document_gives_markdown_or_an_error_never_an_exception() throws IOException {
        Map<String, byte[]> parts = unzip(TestProjects.publication(TestProjects.fixture("mini-study")).files().get("article.docx"));
        String document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        Fuzzer.Report report = new Fuzzer("DocxManuscript", List.of(document), 400).run(input -> {
            Map<String, byte[]> mutated = new LinkedHashMap<>(parts);
            mutated.put("word/document.xml", input.getBytes(StandardCharsets.UTF_8));
            Diagnostics diagnostics = new Diagnostics();
            Optional<DocxManuscript.Converted> converted;
            try {
                converted = DocxManuscript.read(zip(mutated), "paper.docx", diagnostics);
            } catch (IOException e) {
                return "the zip could not be made: " + e;
            }
            if (converted.isPresent() == diagnostics.hasErrors()) {
                return (converted.isPresent() ? "Markdown despite errors: " : "no Markdown and no error: ") + diagnostics.sorted();
            }
            return converted.isPresent() && converted.get().markdown().isEmpty() ? "empty Markdown" : null;
        });
        assertThat(report.findings()).isEmpty();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
