package weft.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import weft.diagnostics.SourcePosition;

/**
 * A participant (or a group speaking as one, such as a focus group) whose words the quotes give. Every value
 * is untrusted text, shown only as text.
 *
 * @param citedAs    how the article cites the participant, such as {@code 25M83} or {@code FG2}
 * @param attributes the participant's attributes (group, age band ...), in the order written
 * @param audience   who may read the quotes attributed to the participant
 * @param written    what the publication prints of them, with where it is written, for the privacy check: {@code citedAs}
 *                   and each attribute's value (by {@link #attributeField})
 * @param privacy    the kinds of identifier the privacy check finds in them that the author acknowledged
 */
public record Participant(String id, String citedAs, Kind kind, List<Attribute> attributes, SourcePosition position,
                          Audience audience, Map<String, Text> written, List<Acknowledgement> privacy) {

    /** A participant whose quotes anyone may read, unless they say otherwise. */
    public Participant(String id, String citedAs, Kind kind, List<Attribute> attributes, SourcePosition position) {
        this(id, citedAs, kind, attributes, position, Audience.PUBLIC, Map.of(), List.of());
    }

    /** The key of an attribute's value in {@link #written}: {@code attributes.age}. */
    public static String attributeField(String name) {
        return "attributes." + name;
    }

    /** person: one participant; group: a group speaking as one (a focus group). */
    public enum Kind { PERSON, GROUP }

    /** A named attribute of a participant. */
    public record Attribute(String name, String value) {
    }

    public Optional<String> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(Attribute::value).findFirst();
    }
}
