package kg.report;

/**
 * The year's pairs of people who worked together: all, between two members, between a member and someone
 * outside, and between two people outside (co-authors of the same work, listed with it).
 */
public record TieCounts(int all, int internal, int mixed, int external) {
}
