package kg.extract;

import java.util.List;

/**
 * An award, honour or title conferred on people.
 *
 * @param award      the award's name as printed, quotes and year removed
 * @param year       the year it was conferred for, or null
 * @param recipients who received it (a team's award goes to its leader)
 */
public record AwardFact(String award, Integer year, List<String> recipients, Evidence evidence) {
    public AwardFact {
        recipients = List.copyOf(recipients);
    }
}
