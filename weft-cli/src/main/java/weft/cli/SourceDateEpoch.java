package weft.cli;

import java.time.Instant;
import picocli.CommandLine;

/** Converts {@code --source-date-epoch} (or SOURCE_DATE_EPOCH): whole seconds in the years a PDF date holds, 1970-9999. */
final class SourceDateEpoch implements CommandLine.ITypeConverter<Instant> {

    /** 9999-12-31T23:59:59Z: a PDF date has four digits for the year. */
    static final long MAX = 253_402_300_799L;

    @Override
    public Instant convert(String value) {
        long seconds;
        try {
            seconds = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number of seconds since 1970-01-01");
        }
        if (seconds < 0 || seconds > MAX) {
            throw new CommandLine.TypeConversionException("'" + value + "' is out of range: a PDF date lies between 0 "
                    + "(1970-01-01T00:00:00Z) and " + MAX + " (9999-12-31T23:59:59Z)");
        }
        return Instant.ofEpochSecond(seconds);
    }
}
