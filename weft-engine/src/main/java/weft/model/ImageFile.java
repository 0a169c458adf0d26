package weft.model;

/**
 * An image of the prose as the publication carries it: the file {@code path} of the project (content/figures/x.png),
 * published as {@code name} (figures/x.png) with {@code bytes}, its pixels as read and none of the metadata a camera or
 * an editor writes (see {@link weft.read.ImageBytes}), or, for an SVG ({@code image/svg+xml}), the drawing alone as
 * {@link weft.read.SvgFigure} writes it; {@code width} and {@code height} in pixels; {@code sha256} that of the file as
 * read, which the manifest lists.
 */
public record ImageFile(String path, String name, String mediaType, byte[] bytes, int width, int height, String sha256) {

    /** The published bytes as a {@code data:} address, which the PDF reads (it reads nothing by any other address). */
    public String dataUri() {
        return "data:" + mediaType + ";base64," + java.util.Base64.getEncoder().encodeToString(bytes);
    }
}
