package weft.qda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Whether the study's git repository would publish Weft's copies of the files its imports replaced
 * ({@link ImportedFiles#PREVIOUS}): earlier versions of the coding and the prose, a quote removed since among them (a
 * participant who withdrew). A new study's .gitignore ignores them; a study made before it did, or by hand, may not.
 * Read with JGit, as the coding history is: no {@code git} program is needed.
 */
public final class CopiesInGit {

    /** What a study's .gitignore needs: Weft's folder ignored, but for the record a teammate's clone needs. */
    static final String RULES = "'.weft/*' and '!.weft/manuscript-import.json'";
    private static final String WHAT = "the copies of the files imports replaced (earlier versions of the coding and the"
            + " prose, a quote removed since among them)";

    private CopiesInGit() {
    }

    /**
     * What to do (said of {@link ImportedFiles#PREVIOUS}) where the repository that holds {@code project} tracks a file of the copies, or would add one ({@code
     * git add .}: not ignored); empty where it does neither, where the project has no copies, or is in no repository.
     */
    public static Optional<String> advice(Path project) {
        return check(project, true);
    }

    /**
     * The same, of copies the repository tracks (committed, or added to be) alone: what every build checks, from the
     * index, without the walk of the folder that telling an untracked file from an ignored one takes.
     */
    public static Optional<String> committed(Path project) {
        return check(project, false);
    }

    private static Optional<String> check(Path project, boolean untracked) {
        Path copies = project.resolve(ImportedFiles.PREVIOUS);
        if (!Files.isDirectory(copies, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(project.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.setMustExist(true).build(); Git git = new Git(repository)) {
            if (repository.isBare()) {
                return Optional.empty();
            }
            String path = repository.getWorkTree().toPath().toRealPath().relativize(copies.toRealPath()).toString()
                    .replace('\\', '/');
            DirCache index = repository.readDirCache();
            boolean tracked = false;
            for (int i = 0; i < index.getEntryCount() && !tracked; i++) {
                tracked = index.getEntry(i).getPathString().startsWith(path + "/");
            }
            if (tracked) {
                return Optional.of(WHAT + " are committed in the study's git repository: run git rm -r --cached "
                        + ImportedFiles.PREVIOUS + " in the study's folder, and add " + RULES + " to .gitignore, as a new"
                        + " study's .gitignore has them");
            }
            if (!untracked) {
                return Optional.empty();
            }
            Status status = git.status().addPath(path).call();
            if (!status.getUntracked().isEmpty() || !status.getUntrackedFolders().isEmpty()) {
                return Optional.of(WHAT + " are not ignored by git, so git add would commit them: add " + RULES
                        + " to .gitignore, as a new study's .gitignore has them");
            }
            return Optional.empty();
        } catch (IOException | GitAPIException | RuntimeException e) {
            return Optional.empty(); // a repository JGit cannot read: nothing to say of it
        }
    }
}
