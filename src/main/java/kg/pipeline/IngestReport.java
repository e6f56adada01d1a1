package kg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What ingesting one document did.
 *
 * @param file       the document
 * @param readAs     how it was read ({@code PDF}, {@code text, GB18030} …)
 * @param issueKey   the issue whose graph it replaced
 * @param items      newsletter items
 * @param personKeys the people its items mention, by key
 * @param works      works
 * @param triples    triples in the issue's graph
 * @param warnings   what the stages had to guess
 */
public record IngestReport(Path file, String readAs, String issueKey, int items, Set<String> personKeys, int works,
                           long triples, List<String> warnings) {
    public IngestReport {
        personKeys = Set.copyOf(personKeys);
        warnings = List.copyOf(warnings);
    }

    public int people() {
        return personKeys.size();
    }
}
