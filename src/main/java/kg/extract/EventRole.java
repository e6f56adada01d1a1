package kg.extract;

/** What a person did at an event, the most telling first. */
public enum EventRole {
    SPEAKER, HOST, PARTICIPANT
}
