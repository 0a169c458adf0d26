package weft.qda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import weft.read.ProjectFiles;

/**
 * The placeholder coding of a new study made by Weft's archetype: its coding frame (two main categories of two
 * sub-categories) and its four placeholder quotes. Weft wrote them, so an import may replace them, but only as they
 * were written: a file the author has changed by one character is the author's, and a coding frame written by hand is
 * never replaced. The files are known by their SHA-256 (line breaks counted as {@code \n}, so that a checkout that
 * writes {@code \r\n} still matches); {@code SkeletonTest} checks these against the archetype's own files.
 */
public final class Skeleton {

    /** The placeholder quotes' file. */
    static final String QUOTES = ProjectFiles.QUOTES_DIR + "/quotes.yaml";

    /** Each file of the placeholder coding, by its project path, and the SHA-256 of its text as the archetype has it. */
    static final Map<String, String> FILES = Map.of(
            ProjectFiles.CODING_FRAME, "8a068d4513a22eabdbc08a04854268a451f02e69bd988512582bc630801d72d0",
            QUOTES, "123d952e857156a1b58200e88798a957c96897613569a1651e0b043ab61417ca");

    /**
     * Each file of the placeholder prose (content/), by its project path, and the SHA-256 of its text as the archetype has
     * it: what a manuscript's import replaces ({@code weft.manuscript.ManuscriptImport}).
     */
    static final Map<String, String> PROSE = Map.of(
            "content/abstract.md", "1b4cad93e028b95fbf6f94d7ff95fc387750d3ffd8653f248b850c9a08c58f3e",
            "content/acknowledgements.md", "8c70ad879bd3019f34f26610906ca44cae6a20624c6b15573056054af61e3db6",
            "content/conclusions.md", "e878a6928b0447fd955032e947e2e78796da5be945eeee21b12cb016fdc621ff",
            "content/contributions.md", "f0173a5f6abcaabaef119f4470134940619685bd1a7a1c898e10b0176b4cdb59",
            "content/discussion.md", "60f1d37934de61682adee861f06868f559cb8d47a86ac495b54701c625a6ce31",
            "content/introduction.md", "9dc04b17a3a52d73112f4a0e37b48f11ea0c7b784d492c8f7619ee96d44d829c",
            "content/methods.md", "36e87af28b53a41697091af87b430e2947a35368b1350941d8e0ca5a8bcfd841",
            "content/references.bib", "af7a72a79b834f2850049d7de95430537dc936e3c51b0d9889e6c820d1aa304b",
            "content/results.md", "66b50a7b326dfbe7684c4809a41b2390c6c633d779254c095859a35b153d77b7");

    private Skeleton() {
    }

    /**
     * Whether {@code project}'s coding is the archetype's placeholder one, untouched: its coding frame as the archetype
     * wrote it, in one file, the placeholder quotes as written or removed, and no imported quotes or participants.
     */
    static boolean untouched(Path project) {
        if (!same(project, ProjectFiles.CODING_FRAME) || ImportParts.FRAME.existing(project).size() != 1
                || !ImportParts.QUOTES.existing(project).isEmpty() || !ImportParts.PARTICIPANTS.existing(project).isEmpty()) {
            return false;
        }
        return !Files.exists(project.resolve(QUOTES), LinkOption.NOFOLLOW_LINKS) || same(project, QUOTES);
    }

    /** The files of the placeholder coding that {@code project} has, by their project paths, in a stable order. */
    static List<String> present(Path project) {
        return FILES.keySet().stream().sorted()
                .filter(path -> Files.exists(project.resolve(path), LinkOption.NOFOLLOW_LINKS)).toList();
    }

    /** The files of the placeholder prose that {@code project} has, untouched, by their project paths, in a stable order. */
    public static List<String> untouchedProse(Path project) {
        return PROSE.keySet().stream().sorted().filter(path -> same(project, path)).toList();
    }

    /** Whether the project's file at {@code path} is a regular file (not a link) whose text is the archetype's. */
    private static boolean same(Path project, String path) {
        Path file = project.resolve(path);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            return (FILES.containsKey(path) ? FILES : PROSE).get(path).equals(sha256(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // unreadable, or not UTF-8: not the archetype's
        }
    }

    /** The SHA-256 of a text with its line breaks as {@code \n}, in lower-case hex. */
    static String sha256(String text) {
        return weft.publish.Manifest.sha256(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    }
}
