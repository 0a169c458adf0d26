package weft.read;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import weft.diagnostics.Diagnostics;

/**
 * The fields of Pandoc's and Quarto's front matter that a file brought from a Pandoc manuscript carries and Weft settles
 * elsewhere ({@code bibliography}, {@code csl}, {@code author}, {@code output} …): each is a warning at its key saying
 * where Weft takes it from, and is left out before the front matter is checked, so that the file builds. Any other
 * unknown field stays an error (a mistyped {@code kind} must not pass).
 */
final class PandocFrontMatter {

    private static final String STUDY = "the article's authors, affiliations, date, keywords and language are"
            + " study.yaml's, one for the whole article";
    private static final String OUTPUT = "a setting of Pandoc's or Quarto's output: Weft's templates and study.yaml's"
            + " presentation settle how the article is printed";
    private static final Map<String, String> WHERE = new LinkedHashMap<>();

    static {
        WHERE.put("bibliography", "Weft reads the bibliography from content/references.bib (or .json, .yaml, .ris) and"
                + " the works of a front matter's references (CSL YAML)");
        WHERE.put("csl", "the citation style is study.yaml's citationStyle");
        WHERE.put("citation-style", "the citation style is study.yaml's citationStyle");
        WHERE.put("link-citations", "citations link to their references in every format already");
        WHERE.put("link-bibliography", "the references link their DOIs and addresses already");
        WHERE.put("reference-section-title", "the references' heading is Weft's, in the article's language");
        WHERE.put("suppress-bibliography", "the references are printed whenever the text cites a work");
        for (String field : List.of("author", "authors", "date", "subtitle", "keywords", "lang", "affiliation", "institute")) {
            WHERE.put(field, STUDY);
        }
        WHERE.put("abstract", "the abstract is a file of content/ with kind: abstract");
        for (String field : List.of("output", "format", "documentclass", "classoption", "geometry", "papersize", "fontsize",
                "mainfont", "linestretch", "header-includes", "include-in-header", "toc", "number-sections", "reference-doc",
                "editor", "execute", "jupyter", "engine")) {
            WHERE.put(field, OUTPUT);
        }
    }

    private PandocFrontMatter() {
    }

    /**
     * Warns of each of Pandoc's fields in {@code front} and leaves it out; {@code references} (works cited, in CSL YAML)
     * is left out without a word: the bibliography reads it ({@code CitationsFactory}).
     */
    static void strip(YamlDocument front, Diagnostics diagnostics) {
        if (!(front.root() instanceof ObjectNode fields)) {
            return;
        }
        fields.remove(FrontMatter.REFERENCES);
        for (Map.Entry<String, String> field : WHERE.entrySet()) {
            if (fields.has(field.getKey())) {
                diagnostics.warning(front.keyPositionOf("/" + field.getKey()), "Pandoc's front-matter field '"
                        + field.getKey() + "' is not read: " + field.getValue() + "; remove it");
                fields.remove(field.getKey());
            }
        }
    }
}
