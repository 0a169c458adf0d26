package weft.model;

/** A group of participants as the study reports it (patients, nurses ...), with how many it had; null when not given. */
public record ParticipantGroup(String name, Long count) {
}
