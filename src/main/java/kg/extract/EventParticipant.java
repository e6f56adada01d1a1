package kg.extract;

/** A person at an event, in the role the text gives them. */
public record EventParticipant(String name, EventRole role) {
}
