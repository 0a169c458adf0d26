package weft.model;

import java.util.List;
import weft.diagnostics.SourcePosition;

/**
 * The study's reporting checklist ({@code coded-data/checklist.yaml}): which checklist, and for each item the place of
 * the article that reports it, or why it does not apply or is not reported.
 *
 * @param name  coreq or srqr
 * @param at    where the checklist is named
 */
public record Checklist(String name, SourcePosition at, List<Entry> entries) {

    /**
     * One item: {@code place} is the id of the article's place (empty when the item is not applicable or not
     * reported), {@code notApplicable} and {@code notReported} the author's reason (empty unless given).
     */
    public record Entry(String item, String place, String notApplicable, String notReported, SourcePosition position,
                        SourcePosition placeAt) {
    }
}
