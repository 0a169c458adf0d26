package weft.maven;

import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import weft.build.BuildOptions;
import weft.build.Weft;

/**
 * Before the Maven Site Plugin runs ({@code mvn site}, phase {@code pre-site}): builds the publication into the site's
 * {@code publication/} folder and the generated pages of the site (home, reproducibility, citation files) into
 * {@code sitePagesDirectory}, the Site Plugin's default {@code generatedSiteDirectory}, which it then renders with the
 * study's {@code site/} folder. Configure the Site Plugin with
 * <code>&lt;siteDirectory&gt;${project.basedir}/site&lt;/siteDirectory&gt;</code>.
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.PRE_SITE, threadSafe = true)
public class SiteMojo extends AbstractWeftMojo {

    /** Where the publication is written inside the project site. */
    @Parameter(property = "weft.sitePublication", defaultValue = "${project.reporting.outputDirectory}/publication", required = true)
    File sitePublicationDirectory;

    /** Where the generated pages of the project site are written, for the Maven Site Plugin's {@code generatedSiteDirectory}. */
    @Parameter(property = "weft.sitePages", defaultValue = "${project.build.directory}/generated-site", required = true)
    File sitePagesDirectory;

    @Override
    void run(BuildOptions options) throws MojoFailureException {
        getLog().info("Weft: building " + projectDirectory + " into " + sitePublicationDirectory);
        report(new Weft().build(projectDirectory.toPath(), sitePublicationDirectory.toPath(), sitePagesDirectory.toPath(), options));
    }
}
