package kg.resolve;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * @param orgContains when several entries share a name: this one is meant when the mention's affiliation
     *                    contains this text
     * @param internal    settles membership of the department, or null to leave it to the text
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String id, String name, List<String> aliases, String orgContains, Boolean internal) {
        public Entry {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        boolean names(String printed) {
            return printed.equals(name) || aliases.contains(printed);
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

    /** The entry a mention of this name, with this affiliation, means. */
    Optional<Entry> lookup(String printed, String org) {
        List<Entry> named = entries.stream().filter(e -> e.names(printed)).toList();
        if (named.size() <= 1) {
            return named.stream().findFirst();
        }
        return named.stream().filter(e -> e.orgContains() != null && org != null && org.contains(e.orgContains()))
                .findFirst()
                .or(() -> named.stream().filter(e -> e.orgContains() == null).findFirst());
    }
}
