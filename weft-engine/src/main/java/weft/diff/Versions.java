package weft.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import weft.check.StudyChecker;
import weft.diagnostics.Diagnostics;
import weft.model.FrameIndex;
import weft.model.Study;
import weft.publish.TemporaryFolders;
import weft.read.ProjectFiles;
import weft.read.SchemaChecker;
import weft.read.StudyReader;

/**
 * Reads a version of a study: a project folder as it is on disk, or a revision (a tag, a branch, a commit) of the git
 * repository the project is in, read with JGit (no {@code git} program needed). A revision's {@code coded-data/} and
 * {@code content/} are written into a temporary folder of this class's own, read as a folder is, and deleted.
 */
public final class Versions {

    /** The folders of a revision that hold its coding and prose. */
    static final List<String> FOLDERS = List.of("coded-data", "content");

    private final StudyReader reader = new StudyReader(new SchemaChecker());
    private final long maxFileBytes;

    public Versions(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /** The study in {@code folder}; empty when it cannot be read or has errors (the diagnostics say why). */
    public Optional<Version> folder(Path folder, String name, Diagnostics diagnostics) {
        Diagnostics read = new Diagnostics();
        Optional<Version> version = checked(reader.read(new ProjectFiles(folder, maxFileBytes), read), name, read);
        diagnostics.addAll(read);
        return read.hasErrors() ? Optional.empty() : version;
    }

    /**
     * The study as a version, its errors added to {@code diagnostics} as a build finds them (a quote coded to a node
     * that does not exist, an id given twice, a narrative's reference to nothing): a coding with errors is not compared,
     * as it would not build. Its warnings and notes are the build's to say, not the diff's.
     */
    private static Optional<Version> checked(Optional<Study> study, String name, Diagnostics diagnostics) {
        study.ifPresent(s -> {
            Diagnostics checked = new Diagnostics();
            new StudyChecker().check(s, new FrameIndex(s.frame(), s.quotes()), checked);
            checked.errors().forEach(diagnostics::add);
        });
        return study.map(s -> new Version(name, s));
    }

    /**
     * The study at {@code revision} of the repository that holds {@code project} (the project may be a folder inside
     * it); empty when the study there cannot be read (the diagnostics say why).
     *
     * @throws UnreadableVersion when there is no repository or no such revision in it
     */
    public Optional<Version> revision(Path project, String revision, Diagnostics diagnostics) throws UnreadableVersion {
        Path copy;
        try {
            copy = TemporaryFolders.create("weft-revision-");
        } catch (IOException e) {
            throw new UnreadableVersion("cannot make a temporary folder for '" + revision + "': " + e.getMessage());
        }
        try {
            export(project, revision, FOLDERS, copy);
            Diagnostics read = new Diagnostics();
            Optional<Version> version = checked(reader.read(new ProjectFiles(copy, maxFileBytes), read), revision, read);
            read.sorted().forEach(d -> diagnostics.add(new weft.diagnostics.Diagnostic(d.severity(), d.position(),
                    "(at " + revision + ") " + d.message())));
            return read.hasErrors() ? Optional.empty() : version;
        } finally {
            TemporaryFolders.delete(copy);
        }
    }

    /**
     * A version as a person names it: a project folder ({@code version} resolved against {@code base}, when it holds
     * {@code coded-data/}), else a revision of the git repository that holds {@code project}; a QDA tool's file that
     * is not there is said to be missing (one that is there is {@link ImportedVersions}'s to read).
     */
    public Optional<Version> named(Path project, String version, Path base, Diagnostics diagnostics) throws UnreadableVersion {
        Path folder = base.resolve(version);
        if (Files.isDirectory(folder.resolve("coded-data"))) {
            // the project's own folder (--from . --to june.qdpx, an import previewed) is named as when --to is left out
            boolean own = folder.toAbsolutePath().normalize().equals(project.toAbsolutePath().normalize());
            return folder(folder, own ? "the working folder" : version, diagnostics);
        }
        if (ImportedVersions.namesAFile(version) && !Files.exists(folder)) {
            throw new UnreadableVersion("no file '" + version + "' (" + folder.toAbsolutePath().normalize() + "): a QDA"
                    + " tool's file or a spreadsheet is named by its path");
        }
        try {
            return revision(project, version, diagnostics);
        } catch (UnreadableVersion e) {
            boolean looksLikeAFolder = version.contains("/") || version.contains("\\") || Files.exists(folder);
            throw looksLikeAFolder ? new UnreadableVersion(e.getMessage() + "; nor is '" + version
                    + "' a project folder (one with coded-data/)") : e;
        }
    }

    /** A tag of the repository and the time of the commit it names. */
    public record Tag(String name, Instant time) {
    }

    /**
     * The tags of the repository that holds {@code project}, newest commit first (then by name); none when the project
     * is in no repository or the repository has no tags.
     */
    public List<Tag> tags(Path project) throws UnreadableVersion {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(project.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) {
            return List.of();
        }
        try (Repository repository = builder.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
            Map<String, RevCommit> tagged = new TreeMap<>();
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                ObjectId id = repository.resolve(ref.getName() + "^{commit}");
                if (id != null) {
                    RevCommit commit = walk.parseCommit(id);
                    tagged.put(ref.getName().substring(Constants.R_TAGS.length()), commit);
                    walk.markStart(commit);
                }
            }
            // newest first: a commit before its ancestors, then by commit time (tags on commits of the same second)
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.COMMIT_TIME_DESC, true);
            Map<ObjectId, Integer> order = new HashMap<>();
            for (RevCommit c : walk) {
                order.put(c.getId(), order.size());
            }
            List<Tag> tags = new ArrayList<>();
            tagged.forEach((name, commit) -> tags.add(new Tag(name, Instant.ofEpochSecond(commit.getCommitTime()))));
            tags.sort(Comparator.comparing((Tag t) -> order.getOrDefault(tagged.get(t.name()).getId(), Integer.MAX_VALUE))
                    .thenComparing(Tag::name));
            return List.copyOf(tags);
        } catch (IOException e) {
            throw new UnreadableVersion("cannot read the git repository's tags: " + e.getMessage());
        }
    }

    /**
     * Writes the files of {@code folders} (such as coded-data and content) at {@code revision} of the repository that
     * holds {@code project} into {@code target}, an empty folder of the caller's.
     */
    public void export(Path project, String revision, List<String> folders, Path target) throws UnreadableVersion {
        Path root = project.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            throw new UnreadableVersion("the project is not in a git repository: '" + revision
                    + "' cannot be read (compare two folders instead, or run git init and commit)");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            write(repository, commit(repository, revision), top.relativize(root.toRealPath()).toString().replace('\\', '/'),
                    target, folders);
        } catch (IOException e) {
            throw new UnreadableVersion("cannot read the git repository: " + e.getMessage());
        }
    }

    /** The commit {@code revision} names. */
    private static RevCommit commit(Repository repository, String revision) throws IOException, UnreadableVersion {
        ObjectId id;
        try {
            id = repository.resolve(revision + "^{commit}");
        } catch (org.eclipse.jgit.errors.RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException e) {
            throw new UnreadableVersion("'" + revision + "' is no revision: " + e.getMessage());
        }
        boolean shallow = !repository.getObjectDatabase().getShallowCommits().isEmpty();
        String unshallow = "it is a shallow clone, which has only its latest commits: git fetch --unshallow --tags";
        if (id == null) {
            if (repository.resolve(Constants.HEAD) == null) {
                throw new UnreadableVersion("the repository has no commits yet, so it has no revision '" + revision + "'");
            }
            throw new UnreadableVersion("no revision '" + revision + "' in the repository (tags: " + tags(repository) + ")"
                    + (shallow ? "; " + unshallow : ""));
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(id);
        } catch (MissingObjectException e) {
            throw new UnreadableVersion("revision '" + revision + "' is not in this clone" + (shallow ? ": " + unshallow : ""));
        }
    }

    private static String tags(Repository repository) throws IOException {
        List<String> names = repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS).stream()
                .map(r -> r.getName().substring(Constants.R_TAGS.length())).sorted().toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** Writes the coding and prose of {@code commit}, under {@code prefix} in its tree, into {@code target}. */
    private static void write(Repository repository, RevCommit commit, String prefix, Path target, List<String> folders)
            throws IOException {
        for (String folder : folders) {
            String path = prefix.isEmpty() ? folder : prefix + "/" + folder;
            try (TreeWalk walk = new TreeWalk(repository)) {
                walk.addTree(commit.getTree());
                walk.setRecursive(true);
                walk.setFilter(PathFilter.create(path));
                while (walk.next()) {
                    if (walk.getFileMode(0) != FileMode.REGULAR_FILE && walk.getFileMode(0) != FileMode.EXECUTABLE_FILE) {
                        continue; // links and submodules: a folder build refuses links out of the project too
                    }
                    String relative = prefix.isEmpty() ? walk.getPathString() : walk.getPathString().substring(prefix.length() + 1);
                    Path file = target.resolve(relative).normalize();
                    if (!file.startsWith(target)) {
                        continue;
                    }
                    Files.createDirectories(file.getParent());
                    try (InputStream in = repository.open(walk.getObjectId(0)).openStream();
                         OutputStream out = Files.newOutputStream(file)) {
                        in.transferTo(out);
                    }
                }
            }
        }
    }
}
