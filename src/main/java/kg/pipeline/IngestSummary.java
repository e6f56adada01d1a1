package kg.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The totals of an ingest of several documents; a person in two documents counts once. */
public final class IngestSummary {
    private int documents;
    private int items;
    private int works;
    private long triples;
    private final Set<String> people = new HashSet<>();
    private final List<String> warnings = new ArrayList<>();

    public void add(IngestReport r) {
        documents++;
        items += r.items();
        works += r.works();
        triples += r.triples();
        people.addAll(r.personKeys());
        warnings.addAll(r.warnings());
    }

    public int documents() {
        return documents;
    }

    public int items() {
        return items;
    }

    public int people() {
        return people.size();
    }

    public int works() {
        return works;
    }

    public long triples() {
        return triples;
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
