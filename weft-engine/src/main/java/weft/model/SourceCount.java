package weft.model;

/**
 * A kind of data the corpus holds and how much of it: 25 interviews, 3 focus groups ... Null numbers are not given.
 *
 * @param hours hours of recording
 */
public record SourceCount(SourceKind kind, Long count, Double hours, Long participants, String description) {
}
