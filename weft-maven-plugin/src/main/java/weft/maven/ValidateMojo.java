package weft.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import weft.build.BuildOptions;
import weft.build.Weft;

/** Checks the study's coded data, prose and templates and reports every problem; writes nothing. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractWeftMojo {

    @Override
    void run(BuildOptions options) throws MojoFailureException {
        report(new Weft().render(projectDirectory.toPath(), options));
    }
}
