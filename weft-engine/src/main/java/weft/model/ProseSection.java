package weft.model;

import java.util.List;

/**
 * A prose file of content/: front matter and Markdown body; {@code language} is set only on an abstract in a second
 * language; {@code nocite} is the front matter's list of works to list in the references uncited (Pandoc's
 * {@code nocite: "@key1, @key2"}, or {@code "@*"}), empty when it has none.
 */
public record ProseSection(String id, String title, Kind kind, int order, String listStyle, Text body, String path,
                           String language, List<Acknowledgement> privacy, Text nocite) {

    /** A section in the article's language (no {@code language} of its own), nothing acknowledged to the privacy check. */
    public ProseSection(String id, String title, Kind kind, int order, String listStyle, Text body, String path) {
        this(id, title, kind, order, listStyle, body, path, "", List.of(), new Text("", weft.diagnostics.TextMap.ofFile(path, 1)));
    }

    /**
     * abstract: unnumbered, before the sections; section: numbered; results: numbered, followed by the tree; back: back
     * matter (acknowledgements, funding, competing interests, data availability), unnumbered, after the numbered
     * sections and before the references; appendix: after the references, lettered (Appendix A, its subsections A.1).
     */
    public enum Kind { ABSTRACT, SECTION, RESULTS, BACK, APPENDIX }
}
