package weft.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn weft:export}: the default study as a .qdpx or .qdc, never over a file, an unknown format refused. */
class ExportMojoTest {

    /** The default study: the repository root, the parent of this module's folder. */
    static final Path DEFAULT_STUDY = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path temp;

    private ExportMojo mojo(String format, Path output) {
        ExportMojo mojo = new ExportMojo();
        mojo.projectDirectory = DEFAULT_STUDY.toFile();
        mojo.exportFormat = format;
        mojo.exportFile = output.toFile();
        return mojo;
    }

    @Test
    void theDefaultStudyIsExportedAsAProjectZipAndAsACodebook() throws Exception {
        Path qdpx = temp.resolve("out/study.qdpx");
        mojo("qdpx", qdpx).execute();
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            assertThat(zip.getEntry("project.qde")).isNotNull();
            assertThat(zip.stream().filter(e -> e.getName().startsWith("sources/")).count()).isEqualTo(2);
        }
        Path qdc = temp.resolve("study.qdc");
        mojo("QDC", qdc).execute();
        assertThat(Files.readString(qdc)).contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Weft ")
                .contains("name=\"Meaning of the family for coping\"");
    }

    @Test
    void anExistingFileIsNeverReplacedAndAnUnknownFormatIsAConfigurationError() throws IOException {
        Path existing = Files.writeString(temp.resolve("study.qdpx"), "mine");
        assertThatThrownBy(mojo("qdpx", existing)::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("exists: weft export never replaces a file");
        assertThat(Files.readString(existing)).isEqualTo("mine");
        assertThatThrownBy(mojo("nvp", temp.resolve("x.nvp"))::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("weft.exportFormat is qdpx, qdc, xlsx or csv, not 'nvp'");
        assertThat(temp.resolve("x.nvp")).doesNotExist();
    }

    /**
     * weft.exportAudience: the team's export by default; the public's says whom it is for; no other audience. With
     * weft.anonymous, the export is anonymised.
     */
    @Test
    void theExportsAudienceIsTheTeamsUnlessNamed() throws Exception {
        Path team = temp.resolve("team.qdpx");
        mojo("qdpx", team).execute();
        ExportMojo forThePublic = mojo("qdpx", temp.resolve("public.qdpx"));
        forThePublic.exportAudience = "public";
        forThePublic.execute();
        try (ZipFile teamZip = new ZipFile(team.toFile()); ZipFile publicZip = new ZipFile(temp.resolve("public.qdpx").toFile())) {
            assertThat(new String(teamZip.getInputStream(teamZip.getEntry("project.qde")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("for the audience");
            assertThat(new String(publicZip.getInputStream(publicZip.getEntry("project.qde")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).contains("for the audience 'public': 46 quotes (0 withheld for"
                    + " privacy left out)");
        }
        ExportMojo anonymised = mojo("qdpx", temp.resolve("anonymised.qdpx"));
        anonymised.anonymous = true; // weft.anonymous, as for the review copy's build
        anonymised.execute();
        try (ZipFile zip = new ZipFile(temp.resolve("anonymised.qdpx").toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).contains("anonymised for a double-anonymous review");
        }
        ExportMojo nobody = mojo("qdpx", temp.resolve("x.qdpx"));
        nobody.exportAudience = "everyone";
        assertThatThrownBy(nobody::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("weft.exportAudience 'everyone' is no audience: give public, reviewers or team");
        assertThat(temp.resolve("x.qdpx")).doesNotExist();
    }

    /** weft.exportFormat=xlsx or csv: the coding as an analysis table, the team's alone. */
    @Test
    void theCodingIsExportedAsATableForTheTeamAlone() throws Exception {
        Path csv = temp.resolve("coding.csv");
        mojo("csv", csv).execute();
        String table = Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(table.lines().findFirst().orElseThrow()).startsWith("\uFEFFid,participant,").endsWith(",guid,participant guid");
        assertThat(table.lines().count()).isGreaterThan(46);
        Path xlsx = temp.resolve("coding.xlsx");
        mojo("xlsx", xlsx).execute();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            assertThat(zip.getEntry("xl/worksheets/sheet1.xml")).isNotNull();
        }
        ExportMojo forThePublic = mojo("xlsx", temp.resolve("public.xlsx"));
        forThePublic.exportAudience = "public";
        assertThatThrownBy(forThePublic::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("weft.exportFormat xlsx is the team's table, every quote, for a recoding that comes back by"
                        + " weft:import: weft.exportAudience and weft.anonymous are for qdpx and qdc");
        assertThat(temp.resolve("public.xlsx")).doesNotExist();
    }
}
