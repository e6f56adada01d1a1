package kg.report;

/** Someone a member worked with in the year, and on how many of the year's works, projects and groups. */
public record Collaborator(Person person, int works) {
}
