package weft.model;

/** A prose file of content/: front matter and Markdown body. */
public record ProseSection(String id, String title, Kind kind, int order, String listStyle, Text body, String path) {

    /** abstract: unnumbered, before the sections; section: numbered; results: numbered, followed by the tree. */
    public enum Kind { ABSTRACT, SECTION, RESULTS }
}
