package weft.model;

import java.util.List;
import java.util.Map;

/**
 * Everything a publication is built from, as read from a project folder.
 *
 * @param values the study data addressable from prose as {@code {{value:PATH}}}, by dotted path
 */
public record Study(StudyInfo info, CodingFrame frame, List<Quote> quotes, List<ProseSection> sections,
                    Map<String, Object> values) {
}
