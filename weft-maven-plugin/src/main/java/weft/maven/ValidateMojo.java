package weft.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import weft.build.BuildOptions;
import weft.build.Weft;

/**
 * Checks the study's coded data, prose, references and templates (the print template too, without laying out the
 * PDF) and reports every problem, the same as {@code weft:build} reports, as a Maven error or
 * warning with its {@code path:line:column}; writes nothing. Run it on its own, {@code mvn weft:validate}, while
 * editing, or bind it to {@code validate} (its default phase) by adding the goal to an execution.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractWeftMojo {

    @Override
    void run(BuildOptions options) throws MojoFailureException {
        report(new Weft().validate(projectDirectory.toPath(), options));
    }
}
