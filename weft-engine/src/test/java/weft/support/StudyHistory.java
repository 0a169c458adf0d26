package weft.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A scripted git history of a copy of the default study (its coded data and prose), built with JGit in a temporary
 * folder: each step edits the files as an author would, commits and tags. The edits are text edits of the YAML.
 */
public final class StudyHistory implements AutoCloseable {

    public static final String FRAME = "coded-data/coding-frame.yaml";
    public static final String QUOTES = "coded-data/quotes/family-challenges.yaml";

    private final Path folder;
    private final Git git;
    private int commits;

    private StudyHistory(Path folder, Git git) {
        this.folder = folder;
        this.git = git;
    }

    /** A new repository in {@code folder} holding the default study's coded data and prose, not committed yet. */
    public static StudyHistory of(Path folder) throws GitAPIException {
        TestProjects.copyTree(TestProjects.defaultStudy().resolve("coded-data"), folder.resolve("coded-data"));
        TestProjects.copyTree(TestProjects.defaultStudy().resolve("content"), folder.resolve("content"));
        return new StudyHistory(folder, Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call());
    }

    /** A new repository in {@code folder} holding a copy of the whole study project {@code project}, not committed yet. */
    public static StudyHistory ofProject(Path folder, Path project) throws GitAPIException {
        TestProjects.copyTree(project, folder);
        return new StudyHistory(folder, Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call());
    }

    public Path folder() {
        return folder;
    }

    /** Commits everything with a fixed author and date, and tags the commit {@code tag}. */
    public StudyHistory commit(String tag) throws GitAPIException {
        PersonIdent author = new PersonIdent("Author", "author@example.org", 1_700_000_000_000L + 86_400_000L * commits++, 0);
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(tag).setAuthor(author).setCommitter(author).setSign(false).call();
        git.tag().setName(tag).setAnnotated(false).call();
        return this;
    }

    /**
     * The reviewers' round the tests share: quote loved-before-death moved to difficulty-of-communication, quote
     * like-outsiders re-worded ("like complete outsiders"), node loss-of-family-time relabelled ("Loss of time together
     * as a family"). Not committed.
     */
    public StudyHistory reviewersRound() {
        return recode("loved-before-death", "difficulty-of-communication")
                .replace(QUOTES, "text: \"like outsiders\"", "text: \"like complete outsiders\"")
                .replace(FRAME, "label: \"Loss of time spent with the family\"", "label: \"Loss of time together as a family\"");
    }

    /** Replaces {@code before} (which must occur exactly once) in {@code file}. */
    public StudyHistory replace(String file, String before, String after) {
        String text = read(file);
        int at = text.indexOf(before);
        if (at < 0 || text.indexOf(before, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in " + file + ": " + before);
        }
        return write(file, text.substring(0, at) + after + text.substring(at + before.length()));
    }

    /** Sets what quote {@code id} of the quote file {@code file} says of its participant (the line {@code participant: ...}). */
    public StudyHistory reattribute(String file, String id, String participant) {
        String text = read(file);
        String block = block(text, "  - id: " + id + "\n");
        return write(file, text.replace(block, block.replaceFirst("participant: \\S+", "participant: " + participant)));
    }

    /** Recodes quote {@code id} to the single node {@code node}. */
    public StudyHistory recode(String id, String node) {
        String text = read(QUOTES);
        String block = block(text, "  - id: " + id + "\n");
        String recoded = block.replaceFirst("codes: \\[[^\\]]*]", "codes: [" + node + "]");
        return write(QUOTES, text.replace(block, recoded));
    }

    /** Removes the list item that begins with the line {@code firstLine} (a node with its children, a quote). */
    public StudyHistory remove(String file, String firstLine) {
        String text = read(file);
        return write(file, text.replace(block(text, firstLine), ""));
    }

    /** Moves the list item that begins with {@code firstLine} to just before the line {@code beforeLine}. */
    public StudyHistory move(String file, String firstLine, String beforeLine) {
        String text = read(file);
        String block = block(text, firstLine);
        String without = text.replace(block, "");
        int at = without.indexOf(beforeLine);
        return write(file, without.substring(0, at) + block + without.substring(at));
    }

    /** The lines of the list item that starts with {@code firstLine}, up to the next line indented as far or less. */
    public static String block(String text, String firstLine) {
        int start = text.indexOf(firstLine);
        if (start < 0) {
            throw new IllegalArgumentException("no line " + firstLine);
        }
        int indent = firstLine.indexOf('-');
        int end = start + firstLine.length();
        while (end < text.length()) {
            int next = text.indexOf('\n', end);
            String line = text.substring(end, next < 0 ? text.length() : next);
            if (!line.isBlank() && line.length() - line.stripLeading().length() <= indent) {
                break;
            }
            end = next < 0 ? text.length() : next + 1;
        }
        return text.substring(start, end);
    }

    private String read(String file) {
        try {
            return Files.readString(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StudyHistory write(String file, String text) {
        try {
            Files.writeString(folder.resolve(file), text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
