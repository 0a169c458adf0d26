package weft.render;

import weft.model.Study;

/** Chooses how a study's citations are formatted. */
public final class CitationsFactory {

    public static Citations forStudy(Study study) {
        return new NumericCitations();
    }

    private CitationsFactory() {
    }
}
