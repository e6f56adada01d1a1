package kg.report;

/** A person on a work, project or research group, and what they did on it: first author, leader … or empty. */
public record Credit(Person person, String part) {
}
