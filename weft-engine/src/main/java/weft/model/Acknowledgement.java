package weft.model;

import weft.diagnostics.SourcePosition;

/**
 * The author's answer to the privacy check for one kind of identifier in a quote, a narrative or a prose file
 * ({@code privacy: [{kind: url, reason: "the forum's public address"}]}): the findings of that kind there are known
 * and kept, for the reason given.
 */
public record Acknowledgement(String kind, String reason, SourcePosition position) {
}
