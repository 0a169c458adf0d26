package weft.model;

import weft.diagnostics.SourcePosition;

/** A reference by id to something else in the study, with where the reference is written. */
public record Ref(String id, SourcePosition position) {
}
