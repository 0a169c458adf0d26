package weft.cli;

import picocli.CommandLine;

/** Converts a count given on the command line: a whole number, 0 or more. */
final class NonNegative implements CommandLine.ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number from 0 to " + Integer.MAX_VALUE);
        }
        if (n < 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' is negative");
        }
        return n;
    }
}
