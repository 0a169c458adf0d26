package weft.model;

import weft.diagnostics.SourcePosition;

/**
 * An optional fact the study says is not known ({@code unknown: [field]} on study.yaml's root, publication, corpus,
 * an author, an affiliation or a participant): {@code field} is where it would be, such as {@code corpus.language}
 * or {@code authors[2].email}, {@code at} where the study says so, and whether the field is given all the same.
 */
public record UnknownFact(String field, SourcePosition at, boolean alsoGiven) {
}
