package kg.extract;

/** Kinds of departmental event. */
public enum EventType {
    TALK, VISIT, MEETING, CEREMONY, ACTIVITY
}
