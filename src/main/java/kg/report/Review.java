package kg.report;

import java.util.List;

/**
 * The annual review: the department summary (absent when the review is of one person), every department
 * member active in the year by pinyin, and ties between two people outside the department that department
 * work shows (co-authors of a department paper), so that every collaboration of the year is listed.
 */
public record Review(int year, Summary summary, List<PersonReview> people, List<Tie> outsideTies) {
    public Review {
        people = List.copyOf(people);
        outsideTies = List.copyOf(outsideTies);
    }
}
