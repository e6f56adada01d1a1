package kg.report;

/** An event: type, title, location, date and item; role is the person's (speaker, participant, host) or empty. */
public record EventEntry(String iri, String type, String title, String location, FactDate date, Source source,
                         String role) {
}
