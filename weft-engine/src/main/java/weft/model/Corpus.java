package weft.model;

import java.util.List;

/** What was collected: the source of the data and how much of it the study used. Null numbers are not known. */
public record Corpus(String description, String name, String url, String language, String collected,
                     String collectedFrom, String collectedTo, Long threadsTotal, Long threadsIncluded,
                     Long messages, String participants, String selection, String anonymity,
                     List<SourceCount> sources, List<ParticipantGroup> participantGroups) {
}
