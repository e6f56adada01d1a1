package kg.pipeline;

import java.nio.file.Path;
import java.util.List;

/** What ingesting one document did. */
public record IngestReport(Path file, String issueKey, int items, int people, int works, long triples,
                           List<String> warnings) {
    public IngestReport {
        warnings = List.copyOf(warnings);
    }
}
