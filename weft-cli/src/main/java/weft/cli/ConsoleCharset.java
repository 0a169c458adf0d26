package weft.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of what the command line prints: the system's (its locale's), unless that encodes nothing but ASCII (the
 * C or POSIX locale of a container, a CI runner or {@code env -i}), where Java would print every letter outside ASCII
 * as "?": a diagnostic naming a Finnish node or quoting an Arabic text would be unreadable, and the characters lost.
 * There it is UTF-8, which a log keeps whole.
 */
public final class ConsoleCharset {

    private ConsoleCharset() {
    }

    /** The encoding to print in, where the system's is {@code system}. */
    static Charset of(Charset system) {
        return system.newEncoder().canEncode('\u00E4') ? system : StandardCharsets.UTF_8;
    }

    /** The encoding to print in, in this process (the locale's, as Java 17 reads it: {@code native.encoding}). */
    public static Charset of() {
        String named = System.getProperty("sun.stdout.encoding", System.getProperty("native.encoding"));
        Charset system;
        try {
            system = named == null ? Charset.defaultCharset() : Charset.forName(named);
        } catch (IllegalArgumentException unknown) {
            system = Charset.defaultCharset();
        }
        return of(system);
    }
}
