package weft.build;

/**
 * How a build runs.
 *
 * @param strict       warnings fail the build too
 * @param maxFileBytes inputs larger than this are rejected
 */
public record BuildOptions(boolean strict, long maxFileBytes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    public static BuildOptions defaults() {
        return new BuildOptions(false, DEFAULT_MAX_FILE_BYTES);
    }

    public BuildOptions strict(boolean strict) {
        return new BuildOptions(strict, maxFileBytes);
    }
}
