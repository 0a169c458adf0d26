package weft.qda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.read.ProjectFiles;

/**
 * Where an import goes in a project, shared by the command line and the Maven goal: coded-data/coding-frame.yaml (with
 * coding-frame-2.yaml ... where the codes are more than the build reads from one file: {@link ImportParts}),
 * coded-data/quotes/imported.yaml (with imported-2.yaml ... where the quotes are) and, where the file has cases,
 * coded-data/participants.yaml (with participants-2.yaml ... where they are as many).
 * Into a project imported before, the import is merged with the earlier one ({@link Reimport}), and the files it
 * replaces are first copied to .weft/previous-import/.
 */
public final class ImportedFiles {

    /** Where the files an import replaces are kept, as they were, until the next import. */
    public static final String PREVIOUS = ".weft/previous-import";

    /**
     * The files written, and the changes in the coding since the earlier import (none for a first import); {@code removed}
     * the files the import removed, each copied to {@link #PREVIOUS} first: parts of the earlier import's coding frame,
     * quotes or participants that the new one no longer needs, or the placeholder quotes of a new study's skeleton.
     */
    public record Written(List<Path> paths, List<String> changes, boolean merged, List<Removed> removed) {

        /** Whether the file changed quotes of the author's own files, which the import tells of and never rewrites. */
        public boolean leftTheAuthorsQuotes() {
            return changes.stream().anyMatch(c -> c.contains(ReimportedQuotes.NOT_REWRITTEN));
        }
    }

    /**
     * A file the import removed, or wrote over ({@code replaced}) where it was not the import's own, and why, as its
     * report says it: "Removed PATH (the imported quotes fill fewer parts now; ...)".
     */
    public record Removed(Path path, boolean replaced, String why) {

        /** The report's line. */
        public String line() {
            return (replaced ? "Replaced " : "Removed ") + path + " (" + why + ")";
        }

        static Removed part(Path part) {
            String name = part.getFileName().toString();
            String what = ImportParts.FRAME.isPart(name) ? "coding frame fills" : ImportParts.PARTICIPANTS.isPart(name)
                    ? "participants fill" : "quotes fill";
            return new Removed(part.toAbsolutePath().normalize(), false, "the imported " + what + " fewer parts now; a copy is in "
                    + PREVIOUS + "/");
        }
    }

    private ImportedFiles() {
    }

    /**
     * What the project needs before it builds, where an import leaves it without: study.yaml, the study's title block
     * and facts, which no QDA file holds and the import never writes; empty where the project has it.
     */
    public static Optional<String> nextStep(Path project) {
        if (Files.exists(project.resolve(ProjectFiles.STUDY), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of("Next: " + ProjectFiles.STUDY + ", the study's title, authors and facts, which an import does not"
                + " write (a new study from Weft's archetype has one to fill in; see the README's 'A project folder'), and"
                + " content/ for the prose; then build it (weft build, or mvn package).");
    }

    /**
     * Why the import may not write into {@code project}, or empty: a coding frame written by hand (not imported) is
     * never replaced, nor are imported quotes without the coding frame they are coded to.
     */
    public static Optional<String> refusal(Path project) {
        if (Skeleton.untouched(project)) {
            return Optional.empty(); // Weft's own placeholder coding, which the import replaces
        }
        if (Files.exists(project.resolve(ProjectFiles.CODING_FRAME), LinkOption.NOFOLLOW_LINKS)) {
            return Reimport.refusal(project);
        }
        List<String> paths = new ArrayList<>();
        for (ImportParts parts : ImportParts.values()) {
            parts.existing(project).forEach(part -> paths.add(parts.projectPath(part)));
        }
        for (String path : paths) {
            if (Files.exists(project.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(path + " exists in " + project.toAbsolutePath().normalize() + " but " + ProjectFiles.CODING_FRAME
                        + " does not: an earlier import cannot be merged without its coding frame; move the file away");
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the imported files (each a temporary file beside it, then moved in place), merged with an earlier import
     * where the project has one; empty when the earlier import's files cannot be read (reported), with nothing written.
     * A file that {@code weft export} wrote for the public or the reviewers, or anonymised, is never merged into an
     * earlier import: it leaves out what the study holds (its withheld quotes, its coders' names), and the merge would
     * take them out of the study (an error, nothing written).
     */
    public static Optional<Written> write(Path project, FrameImport.Imported imported, Diagnostics diagnostics) throws IOException {
        if (Reimport.isReimport(project) && !Skeleton.untouched(project) && QdaExport.partial(imported.origin())) {
            diagnostics.error(SourcePosition.ofFile(imported.from()), "this file is an export of weft export ("
                    + QdaExport.partialOf(imported.origin()) + "): it leaves out what the study holds, and importing it over"
                    + " the study would take that out; bring a recoding back from the team's export (weft export's default,"
                    + " --audience team, not anonymised); nothing was written");
            return Optional.empty();
        }
        Optional<Written> written = merge(project, imported, false, diagnostics);
        if (written.isPresent() && !written.get().paths().isEmpty()) {
            CopiesInGit.advice(project).ifPresent(advice -> diagnostics.warning(SourcePosition.ofFile(PREVIOUS), advice));
        }
        return written;
    }

    /**
     * The same without the refusal of a partial export, nor of a file with no code of the earlier import's in common:
     * for {@code weft diff} of two exports for the public (a data archive's versions), or of two versions of a sheet whose
     * every category was renamed, merged in a temporary folder, never in a study.
     */
    public static Optional<Written> writeToCompare(Path folder, FrameImport.Imported imported, Diagnostics diagnostics)
            throws IOException {
        return merge(folder, imported, true, diagnostics);
    }

    private static Optional<Written> merge(Path project, FrameImport.Imported imported, boolean toCompare,
                                           Diagnostics diagnostics) throws IOException {
        boolean skeleton = Skeleton.untouched(project);
        if (skeleton || !Reimport.isReimport(project)) {
            List<String> placeholders = skeleton ? Skeleton.present(project) : List.of();
            for (String path : placeholders) {
                backUp(project, project.resolve(path));
            }
            List<Path> written = new ArrayList<>();
            Map<String, String> parts = new LinkedHashMap<>(ImportParts.FRAME.split(imported.codingFrame()));
            imported.quotes().ifPresent(q -> parts.putAll(ImportParts.QUOTES.split(q)));
            imported.participants().ifPresent(p -> parts.putAll(ImportParts.PARTICIPANTS.split(p)));
            for (Map.Entry<String, String> part : parts.entrySet()) {
                written.add(write(project.resolve(part.getKey()), part.getValue()));
            }
            // the skeleton's coding frame is written over; its placeholder quotes, coded to nodes no longer there, go
            List<Removed> removed = new ArrayList<>();
            for (String path : placeholders) {
                boolean replaced = parts.containsKey(path);
                if (!replaced) {
                    Files.delete(project.resolve(path));
                }
                removed.add(new Removed(project.resolve(path).toAbsolutePath().normalize(), replaced, "the placeholder "
                        + (replaced ? "coding frame" : "quotes") + " of Weft's new-study skeleton; a copy is in " + PREVIOUS + "/"
                        + (replaced ? "; the prose's {{node:...}} and {{quote:...}} may still name its placeholders:"
                        + " a check (weft validate, mvn weft:validate) says where" : "")));
            }
            return Optional.of(new Written(List.copyOf(written), List.of(), false, List.copyOf(removed)));
        }
        Optional<Reimport.Merged> merged = Reimport.merge(project, imported, toCompare, diagnostics);
        if (merged.isEmpty()) {
            return Optional.empty();
        }
        if (merged.get().handWritten() && merged.get().changes().isEmpty()) {
            // a study's own export, unchanged: its files stay
            return Optional.of(new Written(List.of(), List.of(), true, List.of()));
        }
        Map<String, String> files = new LinkedHashMap<>(ImportParts.FRAME.split(merged.get().codingFrame()));
        merged.get().quotes().ifPresent(q -> files.putAll(ImportParts.QUOTES.split(q)));
        merged.get().participants().ifPresent(p -> files.putAll(ImportParts.PARTICIPANTS.split(p)));
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = project.resolve(file.getKey());
            if (Files.exists(target) && same(Files.readString(target, StandardCharsets.UTF_8), file.getValue())) {
                continue; // the same but for comments and layout (a frame written by hand in its own style): nothing to write
            }
            if (Files.exists(target)) {
                backUp(project, target);
            }
            written.add(write(target, file.getValue()));
        }
        // parts the merged lists no longer fill: removed, as the import wrote them (kept in .weft/previous-import/)
        List<Removed> removed = new ArrayList<>();
        for (ImportParts parts : ImportParts.values()) {
            boolean merges = parts == ImportParts.FRAME || (parts == ImportParts.QUOTES ? merged.get().quotes().isPresent()
                    : merged.get().participants().isPresent());
            for (Path part : merges ? parts.existing(project) : List.<Path>of()) {
                if (files.containsKey(parts.projectPath(part))) {
                    continue;
                }
                if (ImportParts.isWeftsOwn(part)) {
                    backUp(project, part);
                    Files.delete(part);
                    removed.add(Removed.part(part));
                } else {
                    // read into the merge as a part, but not the import's to remove: said, so that the build's
                    // duplicates that follow are not a puzzle
                    diagnostics.warning(SourcePosition.ofFile(parts.projectPath(part)), "not written by an import, so left"
                            + " as it is: this import read it as a part of " + parts.path(1) + ", and what it holds is"
                            + " now in the parts the import wrote; remove it, or the build reports each of its ids twice");
                }
            }
        }
        return Optional.of(new Written(List.copyOf(written), merged.get().changes(), true, List.copyOf(removed)));
    }

    /**
     * Whether a file's text holds what the merge would write: the same but for the comment lines it begins with, or the
     * same YAML in another layout and with other comments (a frame written by hand, in flow style, with comments of its
     * author's, which the merge would otherwise write over though nothing in it changed).
     */
    private static boolean same(String text, String merged) {
        if (body(text).equals(body(merged))) {
            return true;
        }
        try {
            return QdaYaml.MAPPER.readTree(text).equals(QdaYaml.MAPPER.readTree(merged));
        } catch (IOException e) {
            return false; // the earlier file does not read: the merge's is written
        }
    }

    /** A file's text without the comment lines it begins with. */
    private static String body(String text) {
        int start = 0;
        while (start < text.length() && text.startsWith("#", start)) {
            int end = text.indexOf('\n', start);
            start = end < 0 ? text.length() : end + 1;
        }
        return text.substring(start);
    }

    private static void backUp(Path project, Path file) throws IOException {
        Path copy = project.resolve(PREVIOUS).resolve(file.getFileName());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path write(Path target, String text) throws IOException {
        ProjectFiles.writeBeside(target, text.getBytes(StandardCharsets.UTF_8), true);
        return target.toAbsolutePath().normalize();
    }
}
