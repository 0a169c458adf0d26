package weft.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * How a hostile case is applied to the miniature study, read from its {@code case.properties}: what the case is
 * about ({@code why}), the command line ({@code args}, default a build into the output that holds the previous
 * publication), the expected exit code, the files to delete, text to replace ({@code edit.N}, {@code edit.N.from},
 * {@code edit.N.to}), a Java generator, symbolic links to make ({@code link.N} and {@code link.N.to}) and files
 * to make unreadable ({@code unreadable}), empty folders to make ({@code mkdir}) and where the publication goes, relative
 * to the case's folder ({@code output}, default {@code out}, which holds the previous publication). {@code knownBug}
 * names a bug not fixed yet: the case must then fail, and passes the day it no longer does (remove the line then).
 */
record CaseSpec(String why, List<String> args, int exit, List<String> delete, List<String> folders, List<Edit> edits,
                String generator, List<Link> links, List<String> unreadable, String output, String knownBug) {

    static final String DEFAULT_ARGS = "build --project ${PROJECT} --output ${OUTPUT}";

    /** Replace {@code from} by {@code to} in {@code file} (placeholders such as {@code ${PAYLOAD:script}} allowed). */
    record Edit(String file, String from, String to) {
    }

    /** A symbolic link at {@code path} (in the project) to {@code target} (placeholders allowed). */
    record Link(String path, String target) {
    }

    static CaseSpec read(Path file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Edit> edits = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 1; p.containsKey("edit." + i); i++) {
            edits.add(new Edit(p.getProperty("edit." + i), required(p, "edit." + i + ".from", file), p.getProperty("edit." + i + ".to", "")));
        }
        for (int i = 1; p.containsKey("link." + i); i++) {
            links.add(new Link(p.getProperty("link." + i), required(p, "link." + i + ".to", file)));
        }
        return new CaseSpec(required(p, "why", file), List.of(p.getProperty("args", DEFAULT_ARGS).trim().split("\\s+")),
                Integer.parseInt(required(p, "exit", file).trim()), list(p.getProperty("delete")), list(p.getProperty("mkdir")),
                List.copyOf(edits), p.getProperty("generate", "").trim(), List.copyOf(links), list(p.getProperty("unreadable")),
                p.getProperty("output", "out").trim(), p.getProperty("knownBug", "").trim());
    }

    private static String required(Properties p, String key, Path file) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(file + ": " + key + " is missing");
        }
        return value;
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
    }
}
