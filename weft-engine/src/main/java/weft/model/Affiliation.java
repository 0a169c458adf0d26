package weft.model;

/** An institution authors belong to. */
public record Affiliation(String id, String name, String country) {
}
