package weft.model;

/** A research question as the introduction states it. */
public record ResearchQuestion(String id, String label, String text) {
}
