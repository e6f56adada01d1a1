package kg.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kg.query.CannedQuery;

/**
 * Values for a canned query's parameters when the benchmark times it. A parameter the query can do without
 * (its description names a default) or that only filters (a boolean) is left out, so the query answers its
 * widest question; the others get a person of the archive: iri → the person, string → the person's name,
 * date → the archive's first day (the first date parameter) or its last (the next), integer → the archive's
 * last year.
 */
public record SampleBindings(String personIri, String personName, String firstDate, String lastDate, int lastYear) {

    public Map<String, String> bind(CannedQuery q) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean firstDateUsed = false;
        for (CannedQuery.Parameter p : q.parameters()) {
            if (p.description().toLowerCase(Locale.ROOT).contains("default")) {
                continue;
            }
            switch (p.type()) {
                case "iri" -> values.put(p.name(), personIri);
                case "string" -> values.put(p.name(), personName);
                case "date" -> {
                    values.put(p.name(), firstDateUsed ? lastDate : firstDate);
                    firstDateUsed = true;
                }
                case "integer" -> values.put(p.name(), String.valueOf(lastYear));
                default -> {
                }
            }
        }
        return values;
    }
}
