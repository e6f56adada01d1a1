package kg.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import kg.query.CannedQuery;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import kg.query.QueryTarget;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * What reviews and exports are made of, read from the store with the canned {@code review-*} queries and dated:
 * people, ties with their evidence, events and awards.
 */
public final class GraphFacts {
    /** A row of {@code review-events}: the event, and the person named at it (or null). */
    record EventRow(EventEntry event, String person) {
    }

    /** A row of {@code review-awards}. */
    record AwardRow(String award, String person, FactDate date, Source source) {
    }

    /** Sources by the date they give a fact that has none of its own. */
    private static final Comparator<Source> EARLIEST_SOURCE = Comparator
            .comparing((Source s) -> FactDate.of(null, s)).thenComparing(Source::item);
    /** Evidence by its date; a work reported in several issues is dated and cited by the first. */
    private static final Comparator<Evidence> EARLIEST_EVIDENCE = Comparator
            .comparing(Evidence::date).thenComparing(Evidence::source, EARLIEST_SOURCE);

    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Evidence> evidence = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> credits = new HashMap<>();
    private final List<Tie> ties = new ArrayList<>();
    private final List<EventRow> events = new ArrayList<>();
    private final List<AwardRow> awards = new ArrayList<>();

    private GraphFacts() {
    }

    /** Reads everything a review needs from the dataset (its union default graph). */
    public static GraphFacts read(Dataset dataset) {
        return read(QueryTarget.local(dataset));
    }

    /** Reads everything a review needs from the target's default graph: a store's, or a remote endpoint's. */
    public static GraphFacts read(QueryTarget target) {
        GraphFacts f = new GraphFacts();
        QueryCatalog catalog = QueryCatalog.load();
        QueryRunner runner = new QueryRunner(target);
        Reader r = (name, use) -> {
            CannedQuery q = catalog.get(name)
                    .orElseThrow(() -> new IllegalStateException("canned query " + name + " is missing"));
            runner.select(q, Map.of(), rs -> {
                rs.forEachRemaining(use);
                return null;
            });
        };
        r.read("review-people", row -> f.people.put(iri(row, "person"), new Person(iri(row, "person"),
                text(row, "name"), text(row, "pinyin"), Boolean.parseBoolean(text(row, "internal")), text(row, "org"),
                text(row, "institution"))));
        r.read("review-items", row -> f.sources.put(iri(row, "item"), new Source(iri(row, "item"), text(row, "issue"),
                row.contains("year") ? row.getLiteral("year").getInt() : null, text(row, "section"),
                text(row, "position"), text(row, "title"), text(row, "date"))));
        r.read("review-evidence", row -> {
            Source source = f.sources.get(iri(row, "item"));
            Evidence e = new Evidence(iri(row, "via"), text(row, "basis"), text(row, "type"), text(row, "title"),
                    text(row, "venue"), text(row, "doi"), text(row, "url"), text(row, "code"),
                    FactDate.of(text(row, "date"), source), source);
            f.evidence.merge(e.iri(), e, (a, b) -> EARLIEST_EVIDENCE.compare(a, b) <= 0 ? a : b);
        });
        r.read("review-credits", row -> f.credits.computeIfAbsent(iri(row, "via"), k -> new TreeMap<>())
                .computeIfAbsent(iri(row, "person"), k -> new ArrayList<>()).add(text(row, "part")));
        Map<String, Map<String, TieEvidence>> byPair = new TreeMap<>();
        r.read("review-ties", row -> {
            String p = iri(row, "p");
            String q = iri(row, "q");
            Evidence e = f.evidence.get(iri(row, "via"));
            Source source = f.sources.get(iri(row, "item"));
            FactDate date = e.date().dating() == Dating.OWN ? e.date() : FactDate.of(null, source);
            TieEvidence te = new TieEvidence(e, f.part(p, e.iri()), f.part(q, e.iri()), date, source);
            byPair.computeIfAbsent(p + " " + q, k -> new TreeMap<>())
                    .merge(e.iri(), te, (a, b) -> a.date().compareTo(b.date()) <= 0 ? a : b);
        });
        byPair.forEach((pair, vias) -> {
            String[] pq = pair.split(" ");
            f.ties.add(new Tie(f.people.get(pq[0]), f.people.get(pq[1]), vias.values().stream()
                    .sorted(Comparator.comparing(TieEvidence::date).thenComparing(t -> t.evidence().iri())).toList()));
        });
        r.read("review-events", row -> {
            Source source = f.sources.get(iri(row, "item"));
            f.events.add(new EventRow(new EventEntry(iri(row, "event"), text(row, "type"), text(row, "title"),
                    text(row, "location"), FactDate.of(text(row, "date"), source), source, text(row, "role")),
                    iri(row, "person")));
        });
        r.read("review-awards", row -> {
            Source source = f.sources.get(iri(row, "item"));
            f.awards.add(new AwardRow(text(row, "award"), iri(row, "person"), FactDate.of(text(row, "year"), source),
                    source));
        });
        return f;
    }

    private String part(String person, String via) {
        return String.join(", ", credited(via).getOrDefault(person, List.of()));
    }

    /** Every tie, each with the evidence that passes {@code keep}; ties left with none are dropped. */
    public List<Tie> ties(Predicate<TieEvidence> keep) {
        List<Tie> out = new ArrayList<>();
        for (Tie t : ties) {
            List<TieEvidence> kept = t.evidence().stream().filter(keep).toList();
            if (!kept.isEmpty()) {
                out.add(new Tie(t.person(), t.collaborator(), kept));
            }
        }
        return out;
    }

    public static Predicate<TieEvidence> inYear(int year) {
        return e -> e.date().year() == year;
    }

    Map<String, Person> people() {
        return people;
    }

    List<Evidence> evidence() {
        return List.copyOf(evidence.values());
    }

    List<EventRow> events() {
        return events;
    }

    List<AwardRow> awards() {
        return awards;
    }

    /** Who did what on a work, project or group, as {@code review-credits} lists it: person → parts. */
    Map<String, List<String>> credited(String via) {
        return credits.getOrDefault(via, Map.of());
    }

    @FunctionalInterface
    private interface Reader {
        void read(String query, Consumer<QuerySolution> use);
    }

    private static String iri(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? null : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return null;
        }
        String s = n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        return s.isEmpty() ? null : s;
    }
}
