package kg.extract;

/**
 * A person credited with a work.
 *
 * @param name          the person's name
 * @param author        the text names them as an author (not only as the leader of the credited team)
 * @param first         first or co-first author
 * @param corresponding corresponding author
 * @param teamLead      leads the group or team the text credits with the work
 */
public record Contributor(String name, boolean author, boolean first, boolean corresponding, boolean teamLead) {

    Contributor merge(Contributor o) {
        return new Contributor(name, author || o.author, first || o.first, corresponding || o.corresponding,
                teamLead || o.teamLead);
    }
}
