package weft.cli;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * The defaults an option declares as {@code ${env:NAME}}, read from {@code env} (a build daemon's client's environment)
 * instead of this JVM's. A variable {@code env} lacks leaves the option's default to picocli, which finds none: the
 * daemon starts without these variables (see {@code DaemonClient}).
 */
record EnvironmentDefaults(Map<String, String> env) implements CommandLine.IDefaultValueProvider {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec arg) {
        if (!(arg.userObject() instanceof Field field) || field.getAnnotation(CommandLine.Option.class) == null) {
            return null;
        }
        Matcher variable = VARIABLE.matcher(field.getAnnotation(CommandLine.Option.class).defaultValue());
        if (!variable.matches()) {
            return null;
        }
        String value = env.get(variable.group(1));
        return value == null ? null : value.replace("${", "$${"); // picocli expands ${...} in defaults: not in a value
    }
}
