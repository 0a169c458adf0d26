package weft.cli;

import picocli.CommandLine;
import weft.model.Audience;

/** Converts {@code --audience}: public, reviewers or team. */
final class AudienceOption implements CommandLine.ITypeConverter<Audience> {

    @Override
    public Audience convert(String value) {
        return Audience.of(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is no audience: give public, reviewers or team"));
    }
}
