package weft.maven;

import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import weft.build.BuildOptions;
import weft.build.Weft;

/**
 * Builds the study's publication: the HTML article ({@code index.html}), the evidence site ({@code evidence/}) and the
 * PDF ({@code article.pdf}) into {@code outputDirectory}, and the generated pages of the project site. Bound to
 * {@code package}. Every problem is logged as a Maven error or warning with its {@code path:line:column}; the build
 * then fails once, with the count. A failed build leaves the previous publication as it was.
 *
 * <p>In the study's {@code pom.xml} (packaging {@code pom}), with the {@code site} goal for {@code mvn site}:
 * <pre>
 * &lt;plugin&gt;
 *   &lt;groupId&gt;org.weft&lt;/groupId&gt;
 *   &lt;artifactId&gt;weft-maven-plugin&lt;/artifactId&gt;
 *   &lt;version&gt;0.1.0-SNAPSHOT&lt;/version&gt;
 *   &lt;executions&gt;
 *     &lt;execution&gt;
 *       &lt;goals&gt;
 *         &lt;goal&gt;build&lt;/goal&gt;
 *         &lt;goal&gt;site&lt;/goal&gt;
 *       &lt;/goals&gt;
 *     &lt;/execution&gt;
 *   &lt;/executions&gt;
 * &lt;/plugin&gt;
 * </pre>
 * Then {@code mvn package}, or {@code mvn package -Dweft.strict} to fail on warnings too.
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
