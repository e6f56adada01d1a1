package kg.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The annual review: the department summary (absent when the review is of one person), every department
 * member active in the year by pinyin, and the works that brought people outside the department together with no
 * member on them. The ties between two outside people, which the works of members also show, are what the CSV
 * lists after the members' own.
 */
public record Review(int year, Summary summary, List<PersonReview> people, List<WorkEntry> outsideWorks,
                     @JsonIgnore List<Tie> outsideTies) {
    public Review {
        people = List.copyOf(people);
        outsideWorks = List.copyOf(outsideWorks);
        outsideTies = List.copyOf(outsideTies);
    }
}
