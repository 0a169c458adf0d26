package weft.model;

/**
 * A CRediT role an author took, with its degree of contribution as CRediT and JATS name it: {@code lead},
 * {@code equal} or {@code supporting}; empty where study.yaml gives none.
 */
public record Contribution(CreditRole role, String degree) {
}
