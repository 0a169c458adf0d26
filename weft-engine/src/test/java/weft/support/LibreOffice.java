package weft.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's LibreOffice Writer (libreoffice-writer-nogui), headless, opening a Word document as a user's office suite
 * would and exporting it as PDF. Fails (never skips) when it is missing: scripts/test.sh installs it. Each conversion
 * runs with a user profile of its own, so that tests running at once do not share one.
 */
public final class LibreOffice {

    public static final Path SOFFICE = Paths.get("/usr/bin/soffice");

    /** The PDF LibreOffice exports from {@code docx}. */
    public static byte[] toPdf(byte[] docx) throws IOException, InterruptedException {
        assertThat(SOFFICE).as("LibreOffice is needed to open the Word document (scripts/test.sh installs it)").isExecutable();
        Path dir = Files.createTempDirectory("weft-libreoffice-");
        try {
            Path input = dir.resolve("article.docx");
            Files.write(input, docx);
            Process process = new ProcessBuilder(List.of(SOFFICE.toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf",
                    "--outdir", dir.resolve("out").toString(), input.toString()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finishes within 3 minutes").isTrue();
            Path pdf = dir.resolve("out/article.pdf");
            assertThat(pdf).as("LibreOffice's PDF; its log: %s", Files.readString(dir.resolve("log.txt"))).exists();
            return Files.readAllBytes(pdf);
        } finally {
            TestProjects.delete(dir);
        }
    }

    private LibreOffice() {
    }
}
