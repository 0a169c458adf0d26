package weft.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn weft:import} of a spreadsheet (its columns named with weft.columns, a malformed value refused before anything
 * is read, the columns ignored for a QDA tool's file) and of a Quarto project's folder.
 */
class ImportMojoTest {

    @TempDir
    Path temp;

    private ImportMojo mojo(Path sheet, String levels, String columns) {
        ImportMojo mojo = new ImportMojo();
        mojo.projectDirectory = temp.resolve("study").toFile();
        mojo.importFile = sheet.toFile();
        mojo.levels = levels;
        mojo.columns = columns;
        return mojo;
    }

    @Test
    void aSheetsColumnsAreNamedByRoleAndAMalformedValueIsAConfigurationError() throws Exception {
        Files.createDirectories(temp.resolve("study"));
        Path sheet = Files.writeString(temp.resolve("analyysi.csv"), "Haastateltava;Ilmaus;Yläluokka\r\nH1;Kokkaamme.;Yhteisöllisyys\r\n");
        assertThatThrownBy(mojo(sheet, "Yläluokka", "text")::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("weft.columns is ROLE=HEADER pairs separated by semicolons, a role being one of text, id, participant,"
                        + " source, reduced: not 'text'");
        assertThatThrownBy(mojo(sheet, "Yläluokka", "words=Ilmaus")::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageEndingWith("not 'words=Ilmaus'");
        assertThatThrownBy(mojo(sheet, "Yläluokka", "text= ")::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageEndingWith("not 'text='"); // a role with no header
        assertThat(temp.resolve("study/coded-data")).doesNotExist();

        mojo(sheet, "Yläluokka", "text=Ilmaus; participant=Haastateltava").execute();
        assertThat(Files.readString(temp.resolve("study/coded-data/quotes/imported.yaml"))).contains("text: Kokkaamme.",
                "participant: h1");
        // kept in the coding frame: an import again reads the sheet so without being told
        assertThat(Files.readString(temp.resolve("study/coded-data/coding-frame.yaml"))).contains("sheet:\n  levels:\n"
                + "    - Yläluokka\n  columns:\n    text: Ilmaus\n    participant: Haastateltava\n");
        Files.writeString(sheet, Files.readString(sheet) + "H2;Tiskit jäävät minulle.;Kitka\r\n");
        mojo(sheet, null, null).execute();
        assertThat(Files.readString(temp.resolve("study/coded-data/quotes/imported.yaml"))).contains(
                "text: Tiskit jäävät minulle.", "participant: h2");
    }

    @Test
    void aSurveysColumnsNamedInWeftAttributesBecomeTheParticipantsAttributes() throws Exception {
        Files.createDirectories(temp.resolve("study"));
        Path sheet = Files.writeString(temp.resolve("survey.csv"), "Respondent,Age,Region,Answer,Theme\r\n"
                + "R1,34,North,The bus stops at eight.,Access\r\nR2,61,South,I go with my neighbour.,Support\r\n");
        ImportMojo mojo = mojo(sheet, "Theme", "text=Answer;participant=Respondent");
        mojo.attributes = "Region, Age";
        mojo.execute();
        assertThat(Files.readString(temp.resolve("study/coded-data/participants.yaml")))
                .contains("citedAs: R1\n    attributes:\n      Region: North\n      Age: \"34\"\n");
    }

    /** {@code -Dweft.participants=sources}: each source document of a project without cases its quotes' participant. */
    @Test
    void aProjectsDocumentsAreItsParticipantsWithWeftParticipantsSourcesAndAnotherValueIsRefused() throws Exception {
        Files.createDirectories(temp.resolve("study"));
        String text = "We eat alone.\n";
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"m\">"
                + "<CodeBook><Codes><Code guid=\"A0000000-0000-0000-0000-000000000001\" name=\"Alone\" isCodable=\"true\"/>"
                + "</Codes></CodeBook><Sources><TextSource guid=\"40000000-0000-0000-0000-000000000001\" name=\"Interview 7.txt\""
                + " plainTextPath=\"internal://40000000-0000-0000-0000-000000000001.txt\"><PlainTextSelection"
                + " guid=\"50000000-0000-0000-0000-000000000001\" name=\"s\" startPosition=\"0\" endPosition=\"12\"><Coding"
                + " guid=\"C0000000-0000-0000-0000-000000000001\"><CodeRef targetGUID=\"A0000000-0000-0000-0000-000000000001\"/>"
                + "</Coding></PlainTextSelection></TextSource></Sources><Sets><Set guid=\"60000000-0000-0000-0000-000000000001\""
                + " name=\"role: student\"><MemberSource targetGUID=\"40000000-0000-0000-0000-000000000001\"/></Set></Sets>"
                + "</Project>\n";
        Path qdpx = meals(xml, text);
        ImportMojo refused = mojo(qdpx, null, null);
        refused.participants = "documents";
        assertThatThrownBy(refused::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("weft.participants is cases or sources, not 'documents'");
        // a pom that names a spreadsheet's columns for every goal: ignored for a QDA tool's file, said so
        ImportMojo mojo = mojo(qdpx, "Theme", "text=Answer");
        mojo.participants = "sources";
        java.util.List<String> warned = new java.util.ArrayList<>();
        mojo.setLog(new org.apache.maven.plugin.logging.SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                warned.add(content.toString());
            }
        });
        mojo.execute();
        assertThat(warned).contains("Weft: weft.levels, weft.columns and weft.attributes name a spreadsheet's columns: ignored"
                + " for meals.qdpx, a QDA tool's file, whose codes, cases and variables say it all");
        assertThat(Files.readString(temp.resolve("study/coded-data/coding-frame.yaml"))).doesNotContain("sheet:", "Theme");
        assertThat(Files.readString(temp.resolve("study/coded-data/participants.yaml"))).contains("citedAs: Interview 7\n"
                + "    attributes:\n      role: student\n");
        assertThat(Files.readString(temp.resolve("study/coded-data/quotes/imported.yaml"))).contains("participant: interview-7");
    }

    /** meals.qdpx: {@code xml} as its project.qde, and {@code text} as its one source's text. */
    private Path meals(String xml, String text) throws java.io.IOException {
        Path qdpx = temp.resolve("meals.qdpx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(qdpx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("project.qde"));
            zip.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("sources/40000000-0000-0000-0000-000000000001.txt"));
            zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return qdpx;
    }

    /** {@code -Dweft.comments=reduced}: each coded selection's comment its quote's reduced expression; another value refused. */
    @Test
    void aSelectionsCommentIsItsQuotesReducedExpressionWithWeftCommentsReducedAndAnotherValueIsRefused() throws Exception {
        Files.createDirectories(temp.resolve("study"));
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"m\">"
                + "<CodeBook><Codes><Code guid=\"A0000000-0000-0000-0000-000000000001\" name=\"Alone\" isCodable=\"true\"/>"
                + "</Codes></CodeBook><Sources><TextSource guid=\"40000000-0000-0000-0000-000000000001\" name=\"Interview 7.txt\""
                + " plainTextPath=\"internal://40000000-0000-0000-0000-000000000001.txt\"><PlainTextSelection"
                + " guid=\"50000000-0000-0000-0000-000000000001\" name=\"s\" startPosition=\"0\" endPosition=\"12\">"
                + "<Description>eating alone</Description><Coding guid=\"C0000000-0000-0000-0000-000000000001\"><CodeRef"
                + " targetGUID=\"A0000000-0000-0000-0000-000000000001\"/></Coding></PlainTextSelection></TextSource></Sources>"
                + "</Project>\n";
        Path qdpx = meals(xml, "We eat alone.\n");
        ImportMojo refused = mojo(qdpx, null, null);
        refused.comments = "memos";
        assertThatThrownBy(refused::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("weft.comments is reduced or ignored, not 'memos'");
        assertThat(temp.resolve("study/coded-data")).doesNotExist();
        ImportMojo mojo = mojo(qdpx, null, null);
        mojo.comments = "reduced";
        mojo.execute();
        assertThat(Files.readString(temp.resolve("study/coded-data/quotes/imported.yaml"))).contains("reduced: eating alone");
        assertThat(Files.readString(temp.resolve("study/coded-data/coding-frame.yaml"))).contains("\nqda:\n  comments: reduced\n");
    }

    /** {@code mvn weft:import -Dweft.importFile=../paper} of a Quarto project's folder: the article its _quarto.yml names. */
    @Test
    void aQuartoProjectsFolderImportsTheArticleItsQuartoYmlNamesAndAFolderWithoutOneIsRefused() throws Exception {
        Files.createDirectories(temp.resolve("study"));
        Path quarto = Files.createDirectories(temp.resolve("paper"));
        Files.writeString(quarto.resolve("_quarto.yml"), "manuscript:\n  article: meals.qmd\n");
        Files.writeString(quarto.resolve("meals.qmd"), "# Methods\n\nFrom the project.\n");
        ImportMojo positioned = mojo(quarto, null, null);
        positioned.positions = "utf16";
        assertThatThrownBy(positioned::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("weft.positions is a QDA tool's file's; meals.qmd is a manuscript");
        mojo(quarto, "Theme", null).execute(); // a spreadsheet's columns set for every goal: ignored, with a warning
        assertThat(Files.readString(temp.resolve("study/content/methods.md"))).endsWith("From the project.\n");

        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThatThrownBy(mojo(empty, null, null)::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageEndingWith("is a folder: give the file to import, or a Quarto project's folder whose _quarto.yml"
                        + " names its article (manuscript: article: paper.qmd)");
    }
}
