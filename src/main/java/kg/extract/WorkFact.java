package kg.extract;

import java.util.List;

/**
 * A paper, preprint, dataset or software release reported by an item.
 *
 * @param type         what kind of work
 * @param title        its title as given (English when the text gives one), or null
 * @param titleZh      its Chinese title, or null
 * @param venue        the journal or platform, normalised to the name it goes by, or null
 * @param doi          the DOI, lower-case as printed after {@code 10.}, or null
 * @param url          the link the item prints for it, or null
 * @param date         ISO date of publication to the precision given (YYYY, YYYY-MM or YYYY-MM-DD), or null
 * @param contributors the people credited, in the text's order
 */
public record WorkFact(WorkType type, String title, String titleZh, String venue, String doi, String url,
                       String date, List<Contributor> contributors, Evidence evidence) {
    public WorkFact {
        contributors = List.copyOf(contributors);
    }
}
