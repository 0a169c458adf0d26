package weft.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's LibreOffice, headless: Writer (libreoffice-writer-nogui) opening a Word document as a user's office suite
 * would and exporting it as PDF, Calc (libreoffice-calc-nogui) opening a CSV file as a spreadsheet. Fails (never skips) when it is missing: scripts/test.sh installs it. Each conversion
 * runs with a user profile of its own, so that tests running at once do not share one.
 */
public final class LibreOffice {

    public static final Path SOFFICE = Paths.get("/usr/bin/soffice");

    /** The PDF LibreOffice exports from {@code docx}. */
    public static byte[] toPdf(byte[] docx) throws IOException, InterruptedException {
        return convert(docx, "article.docx", List.of("--convert-to", "pdf"), "article.pdf",
                "LibreOffice is needed to open the Word document (scripts/test.sh installs it)");
    }

    /**
     * The spreadsheet LibreOffice Calc (libreoffice-calc-nogui) makes of {@code csv} when it opens it as a user's
     * spreadsheet program does (comma-separated, text in double quotes, UTF-8), saved as .xlsx to be read back.
     */
    public static byte[] csvToXlsx(byte[] csv) throws IOException, InterruptedException {
        return csvToXlsx(csv, "quotes");
    }

    /** The same, the CSV file named {@code name}.csv as the user saved it ({@code coding} for a table of weft export). */
    public static byte[] csvToXlsx(byte[] csv, String name) throws IOException, InterruptedException {
        return convert(csv, name + ".csv", List.of("--infilter=CSV:44,34,76,1", "--convert-to", "xlsx"), name + ".xlsx",
                "LibreOffice Calc is needed to open the spreadsheet (scripts/test.sh installs libreoffice-calc-nogui)");
    }

    /**
     * The workbook LibreOffice Calc saves as its own (.ods) of {@code xlsx}, opened as a co-author's spreadsheet
     * program opens an Excel workbook.
     */
    public static byte[] xlsxToOds(byte[] xlsx) throws IOException, InterruptedException {
        return convert(xlsx, "coding.xlsx", List.of("--convert-to", "ods"), "coding.ods",
                "LibreOffice Calc is needed to open the workbook (scripts/test.sh installs libreoffice-calc-nogui)");
    }

    /**
     * The Word document LibreOffice Writer saves of {@code fodt}, an OpenDocument text in one XML file: a manuscript as
     * an author using LibreOffice writes one, saved as .docx.
     */
    public static byte[] fodtToDocx(byte[] fodt) throws IOException, InterruptedException {
        return convert(fodt, "paper.fodt", List.of("--convert-to", "docx:MS Word 2007 XML"), "paper.docx",
                "LibreOffice Writer is needed to save the manuscript as Word (scripts/test.sh installs it)");
    }

    private static byte[] convert(byte[] content, String name, List<String> options, String result, String need)
            throws IOException, InterruptedException {
        assertThat(SOFFICE).as(need).isExecutable();
        Path dir = Files.createTempDirectory("weft-libreoffice-");
        try {
            Path input = dir.resolve(name);
            Files.write(input, content);
            List<String> command = new java.util.ArrayList<>(List.of(SOFFICE.toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + dir.resolve("profile").toUri()));
            command.addAll(options);
            command.addAll(List.of("--outdir", dir.resolve("out").toString(), input.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile())
                    .start();
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finishes within 3 minutes").isTrue();
            Path out = dir.resolve("out").resolve(result);
            assertThat(out).as("%s; LibreOffice's log: %s", need, Files.readString(dir.resolve("log.txt"))).exists();
            return Files.readAllBytes(out);
        } finally {
            TestProjects.delete(dir);
        }
    }

    private LibreOffice() {
    }
}
