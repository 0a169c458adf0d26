package weft.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.model.ImageFile;
import weft.model.Images;

/** The figures the prose names are files of content/figures/ with safe names; anything else is refused with why. */
class ContentImagesTest {

    @TempDir
    Path project;

    private ContentImages images() {
        return new ContentImages(new ProjectFiles(project, 1024 * 1024));
    }

    @Test
    void a_figure_is_read_from_content_figures_with_the_hash_of_its_file() throws Exception {
        byte[] png = ImageFilesForTests.withChunksAfterHeader(ImageFilesForTests.png(ImageFilesForTests.drawing()),
                ImageFilesForTests.chunk("tEXt", "Author\0Jane Doe"));
        Files.createDirectories(project.resolve("content/figures"));
        Files.write(project.resolve("content/figures/flow-1.png"), png);

        Images.Lookup found = images().find("figures/flow-1.png");

        ImageFile file = found.file().orElseThrow();
        assertThat(file.path()).isEqualTo("content/figures/flow-1.png");
        assertThat(file.name()).isEqualTo("figures/flow-1.png");
        assertThat(file.mediaType()).isEqualTo("image/png");
        assertThat(file.sha256()).isEqualTo(weft.publish.Manifest.sha256(png)); // the file as read, which the manifest lists
        assertThat(file.bytes()).isEqualTo(ImageBytes.check(png).bytes()).hasSizeLessThan(png.length);
        assertThat(file.dataUri()).startsWith("data:image/png;base64,iVBORw0KGgo");
    }

    @Test
    void a_name_outside_the_figures_or_not_a_png_or_jpeg_is_refused() {
        String rule = "a figure is a file of content/figures/ named with letters, digits, '.', '-' and '_', ending in"
                + " .png, .jpg, .jpeg or .svg, and written figures/NAME.png";
        for (String name : new String[] {"../coded-data/study.yaml", "figures/../../secret.png", "/etc/passwd",
                "file:///etc/passwd", "figures/a b.png", "figures/x.gif", "figures/x.svgz", "flow.png", "figures/.hidden.png",
                "figures/sub/x.png"}) {
            assertThat(images().find(name).problem()).as(name).isEqualTo(rule);
        }
    }

    /** A camera's name (IMG_0042.JPG) is taken as it is; a name whose extension is not the file's kind is refused. */
    @Test
    void an_extension_in_capitals_is_taken_and_one_that_is_not_the_files_kind_is_refused() throws Exception {
        Files.createDirectories(project.resolve("content/figures"));
        Files.write(project.resolve("content/figures/IMG_0042.JPG"), ImageFilesForTests.jpeg(ImageFilesForTests.drawing()));
        Files.write(project.resolve("content/figures/photo.png"), ImageFilesForTests.jpeg(ImageFilesForTests.drawing()));
        assertThat(images().find("figures/IMG_0042.JPG").file()).map(ImageFile::mediaType).contains("image/jpeg");
        assertThat(images().find("figures/photo.png").problem())
                .isEqualTo("content/figures/photo.png: the file is a JPEG image: name it .jpg");
    }

    @Test
    void a_missing_figure_names_the_files_there_are() throws Exception {
        Files.createDirectories(project.resolve("content/figures"));
        Files.write(project.resolve("content/figures/flow.png"), ImageFilesForTests.png(ImageFilesForTests.drawing()));
        assertThat(images().find("figures/flwo.png").problem())
                .isEqualTo("there is no file content/figures/flwo.png (there are: figures/flow.png)");
        assertThat(new ContentImages(new ProjectFiles(project.resolve("nowhere"), 1024)).find("figures/flow.png").problem())
                .isEqualTo("there is no file content/figures/flow.png");
    }

    @Test
    void a_file_that_is_not_an_image_or_a_link_out_of_the_project_is_refused() throws Exception {
        Files.createDirectories(project.resolve("content/figures"));
        Files.writeString(project.resolve("content/figures/notes.png"), "not a picture");
        Path outside = Files.createTempFile("weft-outside", ".png");
        try {
            Files.write(outside, ImageFilesForTests.png(ImageFilesForTests.drawing()));
            Files.createSymbolicLink(project.resolve("content/figures/linked.png"), outside);
            assertThat(images().find("figures/notes.png").problem()).isEqualTo("content/figures/notes.png: not a PNG or"
                    + " JPEG image (a figure is a .png, .jpg or .svg file; GIF, WebP and TIFF are not taken: convert the"
                    + " figure to PNG)");
            assertThat(images().find("figures/linked.png").problem()).startsWith("content/figures/linked.png: ")
                    .contains("outside the project");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void an_svg_figure_is_its_drawing_alone_and_what_reading_it_found_is_kept_for_the_prose_to_report() throws Exception {
        Files.createDirectories(project.resolve("content/figures"));
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40mm\" height=\"20mm\">\n"
                + "<script>alert(1)</script><rect width=\"10\" height=\"5\"/></svg>\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(project.resolve("content/figures/model.svg"), svg);

        Images.Lookup found = images().find("figures/model.svg");

        ImageFile file = found.file().orElseThrow();
        assertThat(file.mediaType()).isEqualTo("image/svg+xml");
        assertThat(file.name()).isEqualTo("figures/model.svg");
        assertThat(file.sha256()).isEqualTo(weft.publish.Manifest.sha256(svg));
        assertThat(List.of(file.width(), file.height())).containsExactly(151, 76); // 40 by 20 mm at 96 pixels an inch
        assertThat(new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("script", "alert")
                .contains("<rect width=\"10\" height=\"5\"></rect>");
        assertThat(found.found()).extracting(Object::toString).containsExactly("WARNING content/figures/model.svg:2:1: the"
                + " SVG's <script> is left out: a figure is published as a drawing, without its scripts");

        Files.writeString(project.resolve("content/figures/page.svg"), "<html/>");
        Images.Lookup refused = images().find("figures/page.svg");
        assertThat(refused.file()).isEmpty();
        assertThat(refused.problem()).isEqualTo("content/figures/page.svg holds what a figure cannot (see the errors at"
                + " its lines)");
        assertThat(refused.found()).extracting(Object::toString).containsExactly("ERROR content/figures/page.svg:1:1: the"
                + " file is not an SVG drawing: its first element is <html>, not <svg>");
    }
}
