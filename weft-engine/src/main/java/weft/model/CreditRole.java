package weft.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A contributor role of CRediT, the Contributor Roles Taxonomy (ANSI/NISO Z39.104-2022): what an author did for the
 * article, as journals ask authors to state it and as JATS records it ({@code <role vocab="credit">}).
 *
 * @param id   the role as study.yaml writes it and CRediT's address names it: {@code writing-original-draft}
 * @param term the taxonomy's own term: "Writing – original draft"
 */
public enum CreditRole {
    CONCEPTUALIZATION("conceptualization", "Conceptualization"),
    DATA_CURATION("data-curation", "Data curation"),
    FORMAL_ANALYSIS("formal-analysis", "Formal analysis"),
    FUNDING_ACQUISITION("funding-acquisition", "Funding acquisition"),
    INVESTIGATION("investigation", "Investigation"),
    METHODOLOGY("methodology", "Methodology"),
    PROJECT_ADMINISTRATION("project-administration", "Project administration"),
    RESOURCES("resources", "Resources"),
    SOFTWARE("software", "Software"),
    SUPERVISION("supervision", "Supervision"),
    VALIDATION("validation", "Validation"),
    VISUALIZATION("visualization", "Visualization"),
    WRITING_ORIGINAL_DRAFT("writing-original-draft", "Writing \u2013 original draft"),
    WRITING_REVIEW_EDITING("writing-review-editing", "Writing \u2013 review & editing");

    /** The taxonomy's address, which JATS names as the vocabulary's identifier. */
    public static final String VOCABULARY = "https://credit.niso.org/";

    private final String id;
    private final String term;

    CreditRole(String id, String term) {
        this.id = id;
        this.term = term;
    }

    public String id() {
        return id;
    }

    public String term() {
        return term;
    }

    /** The role's own address: https://credit.niso.org/contributor-roles/formal-analysis/ */
    public String uri() {
        return VOCABULARY + "contributor-roles/" + id + "/";
    }

    /** The role that study.yaml writes as {@code id}. */
    public static Optional<CreditRole> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
