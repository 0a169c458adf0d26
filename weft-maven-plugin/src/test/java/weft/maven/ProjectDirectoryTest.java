package weft.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code weft.project} that is not a folder stops the goal with one message, before anything is read or written. */
class ProjectDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void aProjectFolderThatDoesNotExistIsAConfigurationError() {
        ValidateMojo mojo = new ValidateMojo();
        mojo.projectDirectory = temp.resolve("no-such-study").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("weft.project '" + mojo.projectDirectory + "' is not a folder (it does not exist)");
    }

    @Test
    void aFileIsNotAProjectFolder() throws IOException {
        File file = Files.writeString(temp.resolve("study.yaml"), "title: x\n").toFile();
        BuildMojo mojo = new BuildMojo();
        mojo.projectDirectory = file;
        mojo.outputDirectory = temp.resolve("out").toFile();
        mojo.sitePagesDirectory = temp.resolve("pages").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("weft.project '" + file + "' is not a folder");
        assertThat(temp.resolve("out")).doesNotExist();
    }
}
