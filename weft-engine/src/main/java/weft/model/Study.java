package weft.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a publication is built from, as read from a project folder.
 *
 * @param values    the study data addressable from prose as {@code {{value:PATH}}}, by dotted path
 * @param checklist the reporting checklist of {@code coded-data/checklist.yaml}, where the study has one
 */
public record Study(StudyInfo info, CodingFrame frame, List<Quote> quotes, List<ProseSection> sections,
                    Map<String, Object> values, Optional<Checklist> checklist) {
}
