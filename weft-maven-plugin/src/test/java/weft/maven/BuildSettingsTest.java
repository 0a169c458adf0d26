package weft.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.model.Audience;

/** The goal's settings become the build's options: {@code -Dweft.audience} and {@code -Dweft.anonymous}. */
class BuildSettingsTest {

    @TempDir
    Path temp;

    private BuildMojo mojo() {
        BuildMojo mojo = new BuildMojo();
        mojo.projectDirectory = temp.toFile();
        mojo.audience = "public";
        return mojo;
    }

    @Test
    void a_build_names_its_authors_unless_asked_for_an_anonymised_copy() throws MojoExecutionException {
        BuildMojo mojo = mojo();
        assertThat(mojo.options().anonymous()).isFalse();
        mojo.anonymous = true;
        assertThat(mojo.options().anonymous()).isTrue();
    }

    @Test
    void the_audience_is_the_one_asked_for() throws MojoExecutionException {
        BuildMojo mojo = mojo();
        mojo.audience = "reviewers";
        assertThat(mojo.options().audience()).isEqualTo(Audience.REVIEWERS);
    }

    @Test
    void changes_since_a_revision_and_the_marked_up_copy_are_passed_on_and_a_blank_revision_is_none()
            throws MojoExecutionException {
        BuildMojo mojo = mojo();
        assertThat(mojo.options().changesSince()).isEmpty();
        assertThat(mojo.options().markedUp()).isFalse();
        mojo.changesSince = " ";
        assertThat(mojo.options().changesSince()).isEmpty();
        mojo.changesSince = "v1-submitted";
        mojo.markedUp = true;
        assertThat(mojo.options().changesSince()).contains("v1-submitted");
        assertThat(mojo.options().markedUp()).isTrue();
    }

    @Test
    void the_word_manuscript_is_written_unless_weft_docx_is_false() throws MojoExecutionException {
        BuildMojo mojo = mojo();
        mojo.docx = true; // as the parameter's default sets it
        assertThat(mojo.options().docx()).isTrue();
        mojo.docx = false;
        assertThat(mojo.options().docx()).isFalse();
    }
}
