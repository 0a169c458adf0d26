package weft.model;

import java.util.Optional;

/** The image files the prose can name: those of {@code content/figures/}. */
public interface Images {

    /** The folder of the figures, relative to {@code content/}, as the prose names them. */
    String FOLDER = "figures/";

    /** The image the prose names {@code name} (figures/x.png), or why there is none, in words for the author. */
    Lookup find(String name);

    /**
     * An image found, or why none was; and what reading it found at the file's own lines (an SVG's parts left out or
     * refused), reported where the prose names the image.
     */
    record Lookup(Optional<ImageFile> file, String problem, java.util.List<weft.diagnostics.Diagnostic> found) {

        public static Lookup of(ImageFile file) {
            return new Lookup(Optional.of(file), "", java.util.List.of());
        }

        public static Lookup problem(String problem) {
            return new Lookup(Optional.empty(), problem, java.util.List.of());
        }
    }
}
