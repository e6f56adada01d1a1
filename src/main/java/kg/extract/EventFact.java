package kg.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * A talk, visit, meeting, ceremony or activity an item reports.
 *
 * @param title    what it was called (the item's title when nothing better is given)
 * @param date     when it took place, or null
 * @param location where, as printed without spaces, or null
 * @param people   who was there and in what role; may be empty
 */
public record EventFact(EventType type, String title, LocalDate date, String location, List<EventParticipant> people,
                        Evidence evidence) {
    public EventFact {
        people = List.copyOf(people);
    }
}
