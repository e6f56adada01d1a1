package kg.report;

/** How connected a department member was in the year: distinct collaborators, inside and outside. */
public record Connection(Person person, int collaborators, int internal, int external) {
}
