package kg.extract;

/** What a person did at an event. */
public enum EventRole {
    SPEAKER, PARTICIPANT, HOST
}
