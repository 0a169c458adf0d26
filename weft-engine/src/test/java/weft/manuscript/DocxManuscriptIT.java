package weft.manuscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostics;
import weft.support.LibreOffice;
import weft.support.TestProjects;

/**
 * A manuscript as an author writing in LibreOffice Writer saves it as Word (Debian's LibreOffice, headless, saving an
 * OpenDocument text as .docx), imported with {@code weft import paper.docx}: its title, headings, emphasis, link,
 * footnote, lists, table and picture with their captions come into content/ as Markdown.
 */
class DocxManuscriptIT {

    @TempDir
    Path temp;

    @Test
    void a_manuscript_saved_as_word_by_libreoffice_becomes_the_studys_sections() throws Exception {
        byte[] png = Files.readAllBytes(TestProjects.defaultStudy()
                .resolve("weft-engine/src/test/resources/invalid/prose-images/content/figures/plan.png"));
        byte[] docx = LibreOffice.fodtToDocx(fodt(Base64.getEncoder().encodeToString(png)).getBytes(StandardCharsets.UTF_8));
        Path paper = Files.write(temp.resolve("paper.docx"), docx);
        Path project = temp.resolve("study");

        Diagnostics diagnostics = new Diagnostics();
        Optional<ManuscriptImport.Imported> imported = ManuscriptImport.read(paper, project, diagnostics);
        assertThat(imported).as("%s", diagnostics.sorted()).isPresent();
        List<String> written = ManuscriptImport.write(project, imported.get());

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(written).containsExactly("Wrote content/findings.md", "Wrote content/methods.md",
                "Copied content/figures/picture-1.png");
        assertThat(imported.get().report()).contains("Mind: the document's title is not imported: give it in"
                + " coded-data/study.yaml (title), which an import does not write");
        assertThat(Files.readString(project.resolve("content/methods.md"))).isEqualTo("""
                ---
                id: methods
                title: Methods
                kind: section
                order: 10
                ---
                We read *every* post of [the forum](https://example.org/forum).^[Posts of 2019 and 2020.]

                - first
                - second

                1. one
                1. two

                ## Sites

                | Site | Posts |
                |---|---|
                | North | 12 |

                : The sites read {#tbl-table-1}
                """);
        assertThat(Files.readString(project.resolve("content/findings.md"))).endsWith("---\n![The plan of a shared kitchen](figures/picture-1.png){#fig-picture-1}\n");
        assertThat(project.resolve("content/figures/picture-1.png")).exists();
    }

    private static String fodt(String png) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                  xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
                  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                  xmlns:xlink="http://www.w3.org/1999/xlink"
                  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
                  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
                 <office:styles>
                  <style:style style:name="Title" style:display-name="Title" style:family="paragraph"/>
                  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/>
                  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"/>
                  <style:style style:name="Caption" style:display-name="Caption" style:family="paragraph"/>
                 </office:styles>
                 <office:automatic-styles>
                  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
                  <text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
                  <text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style>
                 </office:automatic-styles>
                 <office:body>
                  <office:text>
                   <text:p text:style-name="Title">Meals in shared housing</text:p>
                   <text:h text:style-name="Heading_20_1" text:outline-level="1">Methods</text:h>
                   <text:p>We read <text:span text:style-name="T1">every</text:span> post of <text:a xlink:type="simple" xlink:href="https://example.org/forum">the forum</text:a>.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Posts of 2019 and 2020.</text:p></text:note-body></text:note></text:p>
                   <text:list text:style-name="L1">
                    <text:list-item><text:p>first</text:p></text:list-item>
                    <text:list-item><text:p>second</text:p></text:list-item>
                   </text:list>
                   <text:p/>
                   <text:list text:style-name="L2">
                    <text:list-item><text:p>one</text:p></text:list-item>
                    <text:list-item><text:p>two</text:p></text:list-item>
                   </text:list>
                   <text:h text:style-name="Heading_20_2" text:outline-level="2">Sites</text:h>
                   <table:table table:name="Table1">
                    <table:table-column table:number-columns-repeated="2"/>
                    <table:table-row><table:table-cell office:value-type="string"><text:p>Site</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Posts</text:p></table:table-cell></table:table-row>
                    <table:table-row><table:table-cell office:value-type="string"><text:p>North</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>12</text:p></table:table-cell></table:table-row>
                   </table:table>
                   <text:p text:style-name="Caption">Table 1: The sites read</text:p>
                   <text:h text:style-name="Heading_20_1" text:outline-level="1">Findings</text:h>
                   <text:p><draw:frame draw:name="Plan" text:anchor-type="as-char" svg:width="2cm" svg:height="1cm"><draw:image><office:binary-data>%s</office:binary-data></draw:image><svg:desc>A plan</svg:desc></draw:frame></text:p>
                   <text:p text:style-name="Caption">Figure 1. The plan of a shared kitchen</text:p>
                  </office:text>
                 </office:body>
                </office:document>
                """.formatted(png);
    }
}
