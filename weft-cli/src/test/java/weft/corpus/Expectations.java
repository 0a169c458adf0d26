package weft.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Rewrites, in the source tree (where the corpus is read from), a case's expectations (update mode): {@code expected.txt} and the {@code exit=} line of case.properties. */
final class Expectations {

    static void write(HostileCase c, int exit, List<String> printed) throws IOException {
        Path source = c.folder();
        Files.write(source.resolve(HostileCase.EXPECTED), printed);
        Path spec = source.resolve(HostileCase.SPEC);
        Files.writeString(spec, Files.readString(spec).replaceFirst("(?m)^exit=.*$", "exit=" + exit));
    }

    private Expectations() {
    }
}
