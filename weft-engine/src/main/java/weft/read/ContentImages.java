package weft.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;
import weft.model.ImageFile;
import weft.model.Images;

/**
 * The figures of a project: the PNG, JPEG and SVG files of {@code content/figures/}, each read when the prose first
 * names it (a file no prose names is never read nor published), checked and cleaned by {@link ImageBytes} (PNG and JPEG)
 * or {@link SvgFigure} (SVG).
 */
public final class ContentImages implements Images {

    /** The largest figure file read. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** A figure's name: the folder, then letters, digits, '.', '-' and '_' (the name is the published file's too). */
    private static final Pattern NAME = Pattern.compile("figures/[A-Za-z0-9_][A-Za-z0-9._-]*\\.(png|jpg|jpeg|svg)",
            Pattern.CASE_INSENSITIVE);

    private final ProjectFiles files;
    private final Map<String, Lookup> found = new HashMap<>();

    public ContentImages(ProjectFiles files) {
        this.files = files;
    }

    @Override
    public synchronized Lookup find(String name) {
        return found.computeIfAbsent(name, this::read);
    }

    private Lookup read(String name) {
        if (!NAME.matcher(name).matches()) {
            return Lookup.problem("a figure is a file of content/figures/ named with letters, digits, '.', '-' and '_',"
                    + " ending in .png, .jpg, .jpeg or .svg, and written figures/NAME.png");
        }
        String path = ProjectFiles.CONTENT_DIR + "/" + name;
        if (!files.exists(path)) {
            List<String> there = files.list(ProjectFiles.CONTENT_DIR + "/figures", "")
                    .stream().map(p -> p.substring(ProjectFiles.CONTENT_DIR.length() + 1)).toList();
            return Lookup.problem("there is no file " + path + (there.isEmpty() ? "" : " (there are: "
                    + String.join(", ", there.subList(0, Math.min(8, there.size()))) + (there.size() > 8 ? ", …" : "") + ")"));
        }
        Diagnostics reading = new Diagnostics();
        Optional<byte[]> bytes = files.readBytes(path, MAX_BYTES, reading);
        if (bytes.isEmpty()) {
            return Lookup.problem(path + ": " + reading.sorted().get(0).message());
        }
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            return svg(path, name, bytes.get());
        }
        try {
            ImageBytes.Checked checked = ImageBytes.check(bytes.get());
            boolean png = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png");
            if (png != checked.mediaType().equals("image/png")) { // the name is what the Word document and the JATS go by
                return Lookup.problem(path + ": the file is a " + (png ? "JPEG" : "PNG") + " image: name it ."
                        + (png ? "jpg" : "png"));
            }
            return Lookup.of(new ImageFile(path, name, checked.mediaType(), checked.bytes(), checked.width(),
                    checked.height(), weft.publish.Manifest.sha256(bytes.get())));
        } catch (ImageBytes.Unusable e) {
            return Lookup.problem(path + ": " + e.getMessage());
        }
    }

    /** An SVG figure: the drawing alone (see {@link SvgFigure}), which Batik, the PDF's and the Word document's, draws. */
    private static Lookup svg(String path, String name, byte[] bytes) {
        SvgFigure.Checked checked = SvgFigure.check(path, bytes);
        if (checked.svg().isPresent()) {
            java.util.Optional<String> undrawable = SvgDrawing.problem(checked.svg().get());
            if (undrawable.isPresent()) {
                return new Lookup(Optional.empty(), path + ": " + undrawable.get(), checked.found());
            }
            return new Lookup(Optional.of(new ImageFile(path, name, SvgDrawing.MEDIA_TYPE, checked.svg().get(),
                    checked.width(), checked.height(), weft.publish.Manifest.sha256(bytes))), "", checked.found());
        }
        return new Lookup(Optional.empty(), path + " holds what a figure cannot (see the errors at its lines)",
                checked.found());
    }
}
