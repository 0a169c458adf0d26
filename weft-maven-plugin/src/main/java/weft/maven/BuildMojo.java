package weft.maven;

import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import weft.build.BuildOptions;
import weft.build.Weft;

/**
 * Builds the study's publication: the HTML article, the evidence site and the PDF, into {@code outputDirectory}, and
 * the generated pages of the project site. A failed build leaves the previous publication as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractWeftMojo {

    /** Where the publication is written (index.html, article.pdf, evidence/). */
    @Parameter(property = "weft.output", defaultValue = "${project.build.directory}/publication", required = true)
    File outputDirectory;

    /** Where the generated pages of the project site are written, for the Maven Site Plugin's {@code generatedSiteDirectory}. */
    @Parameter(property = "weft.sitePages", defaultValue = "${project.build.directory}/generated-site", required = true)
    File sitePagesDirectory;

    @Override
    void run(BuildOptions options) throws MojoFailureException {
        getLog().info("Weft: building " + projectDirectory + " into " + outputDirectory);
        report(new Weft().build(projectDirectory.toPath(), outputDirectory.toPath(), sitePagesDirectory.toPath(), options));
    }
}
