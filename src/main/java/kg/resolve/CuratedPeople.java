package kg.resolve;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What people decided that the text alone cannot: which printed names (and English forms) are one person,
 * which of two people sharing a name a mention means, and who is a member of the department. Read from
 * {@code data/people.json}; it is data, so it survives every re-ingest.
 */
public final class CuratedPeople {
    /**
     * One curated person.
     *
     * @param id          the key for the person's IRI
     * @param name        the name as printed
     * @param aliases     other printed forms that mean this person
     * @param orgContains this entry is meant only where the mention's affiliation, or the unit of a document
     *                    that counts them as a member, contains this text
     * @param issue       this entry is meant only in the document of this issue key (a split the text cannot show)
     * @param internal    settles membership of the department, or null to leave it to the text
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String id, String name, List<String> aliases, String orgContains, String issue, Boolean internal) {
        public Entry {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        public Entry(String id, String name, List<String> aliases, String orgContains, Boolean internal) {
            this(id, name, aliases, orgContains, null, internal);
        }

        boolean names(String printed) {
            String c = PrintedNames.canonical(printed);
            return c.equals(PrintedNames.canonical(name)) || aliases.stream().anyMatch(a -> PrintedNames.canonical(a).equals(c));
        }

        boolean general() {
            return orgContains == null && issue == null;
        }

        boolean meant(Collection<String> units, String issueKey) {
            return (orgContains == null || units.stream().anyMatch(u -> u != null && u.contains(orgContains)))
                    && (issue == null || issue.equals(issueKey));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record FileContents(List<Entry> people) {
    }

    private final List<Entry> entries;

    public CuratedPeople(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static CuratedPeople none() {
        return new CuratedPeople(List.of());
    }

    /** Reads the curated file; a missing file means nothing is curated. */
    public static CuratedPeople read(Path file) {
        if (!Files.exists(file)) {
            return none();
        }
        try {
            FileContents c = new ObjectMapper().readValue(file.toFile(), FileContents.class);
            List<Entry> es = c.people() == null ? List.of() : c.people();
            for (Entry e : es) {
                if (e.id() == null || e.name() == null || !e.id().matches("[a-z0-9][a-z0-9\\-]*")) {
                    throw new IllegalArgumentException(file + ": each person needs a name and an id of lower-case "
                            + "letters, digits and dashes (got " + e + ")");
                }
            }
            return new CuratedPeople(es);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a valid curated people file: " + e.getMessage(), e);
        }
    }

    /**
     * The entry a person of this name, placed in these units in the document of this issue, means: an entry
     * whose conditions (orgContains, issue) hold before one without conditions; none when only entries with
     * conditions name them and none holds, so that the evidence decides.
     */
    Optional<Entry> lookup(String printed, Collection<String> units, String issueKey) {
        List<Entry> named = entries.stream().filter(e -> e.names(printed)).toList();
        return named.stream().filter(e -> !e.general() && e.meant(units, issueKey)).findFirst()
                .or(() -> named.stream().filter(Entry::general).findFirst());
    }
}
