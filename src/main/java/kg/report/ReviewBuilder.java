package kg.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the annual {@link Review} from the store's {@link GraphFacts}. */
public final class ReviewBuilder {
    /** How many members the summary ranks by connections. */
    static final int MOST_CONNECTED = 10;
    private static final Comparator<WorkEntry> BY_DATE = Comparator.comparing(WorkEntry::date)
            .thenComparing(w -> w.work().label()).thenComparing(w -> w.work().iri());
    private static final Comparator<Credit> BY_DEPARTMENT_FIRST = Comparator
            .comparing((Credit c) -> !c.person().internal()).thenComparing(Credit::person, Person.BY_PINYIN);

    private final GraphFacts facts;

    public ReviewBuilder(GraphFacts facts) {
        this.facts = facts;
    }

    /** The whole department's review of a year. */
    public Review build(int year) {
        return build(year, null);
    }

    /**
     * The review of a year; with {@code person} (a name as printed, or pinyin) only that member's section and no
     * department summary.
     */
    public Review build(int year, String person) {
        List<Tie> ties = facts.ties(GraphFacts.inYear(year));
        List<Person> members = active(year, ties);
        if (person != null) {
            members = members.stream().filter(p -> p.name().equals(person) || person.equalsIgnoreCase(p.pinyin()))
                    .toList();
            if (members.isEmpty()) {
                throw new IllegalArgumentException("--person " + person + ": no department member of that name was "
                        + "active in " + year);
            }
        }
        Map<String, WorkEntry> works = works(year, ties);
        List<PersonReview> people = new ArrayList<>();
        for (Person m : members) {
            List<Tie> mine = ties.stream().filter(t -> involves(t, m)).map(t -> t.seenFrom(m))
                    .sorted(Comparator.comparing((Tie t) -> !t.collaborator().internal())
                            .thenComparing(Tie::collaborator, Person.BY_PINYIN)).toList();
            people.add(new PersonReview(m,
                    mine.stream().map(t -> new Collaborator(t.collaborator(), t.evidence().size())).toList(),
                    works.values().stream().filter(w -> w.involves(m)).sorted(BY_DATE).toList(),
                    events(year).stream().filter(e -> m.iri().equals(e.person())).map(GraphFacts.EventRow::event)
                            .sorted(Comparator.comparing(EventEntry::date).thenComparing(EventEntry::iri)).toList(),
                    awards(year, m.iri()), mine));
        }
        List<Tie> outside = person != null ? List.of() : ties.stream()
                .filter(t -> !t.person().internal() && !t.collaborator().internal())
                .sorted(Comparator.comparing(Tie::person, Person.BY_PINYIN).thenComparing(Tie::collaborator, Person.BY_PINYIN))
                .toList();
        return new Review(year, person != null ? null : summary(year, ties), people, outsideWorks(outside, works),
                outside);
    }

    /** The works of ties between outside people that no member is on: what the members' works do not show. */
    private static List<WorkEntry> outsideWorks(List<Tie> outside, Map<String, WorkEntry> works) {
        Set<String> vias = outside.stream().flatMap(t -> t.evidence().stream()).map(e -> e.evidence().iri())
                .collect(Collectors.toSet());
        return works.values().stream().filter(w -> vias.contains(w.work().iri()))
                .filter(w -> w.people().stream().noneMatch(c -> c.person().internal())).sorted(BY_DATE).toList();
    }

    /**
     * Every work, project and group of the year once, by IRI: everyone its ties of the year show on it, dated and
     * cited by those ties; and those with credits but no tie (a member's paper with no co-author named), dated and
     * cited as the work is.
     */
    private Map<String, WorkEntry> works(int year, List<Tie> ties) {
        Map<String, List<TieEvidence>> byWork = new TreeMap<>();
        Map<String, Map<String, Credit>> people = new TreeMap<>();
        for (Tie t : ties) {
            for (TieEvidence e : t.evidence()) {
                String via = e.evidence().iri();
                byWork.computeIfAbsent(via, k -> new ArrayList<>()).add(e);
                Map<String, Credit> on = people.computeIfAbsent(via, k -> new LinkedHashMap<>());
                on.putIfAbsent(t.person().iri(), new Credit(t.person(), e.personPart()));
                on.putIfAbsent(t.collaborator().iri(), new Credit(t.collaborator(), e.collaboratorPart()));
            }
        }
        Map<String, WorkEntry> works = new TreeMap<>();
        byWork.forEach((via, evidence) -> works.put(via, new WorkEntry(evidence.get(0).evidence(),
                people.get(via).values().stream().sorted(BY_DEPARTMENT_FIRST).toList(),
                evidence.stream().map(TieEvidence::date).min(Comparator.naturalOrder()).orElseThrow(),
                evidence.stream().map(TieEvidence::source).distinct()
                        .sorted(Comparator.comparing((Source s) -> FactDate.of(null, s)).thenComparing(Source::item))
                        .toList())));
        facts.evidence().stream().filter(e -> e.date().year() == year && !works.containsKey(e.iri()))
                .filter(e -> !facts.credited(e.iri()).isEmpty())
                .forEach(e -> works.put(e.iri(), new WorkEntry(e, facts.credited(e.iri()).entrySet().stream()
                        .map(c -> new Credit(facts.people().get(c.getKey()), String.join(", ", c.getValue())))
                        .sorted(BY_DEPARTMENT_FIRST).toList(), e.date(), List.of(e.source()))));
        return works;
    }

    private static boolean involves(Tie t, Person p) {
        return t.person().iri().equals(p.iri()) || t.collaborator().iri().equals(p.iri());
    }

    /** Members with a tie, a credit on a work, project or group, an event or an award dated in the year. */
    private List<Person> active(int year, List<Tie> ties) {
        Set<String> active = new HashSet<>();
        ties.forEach(t -> {
            active.add(t.person().iri());
            active.add(t.collaborator().iri());
        });
        facts.evidence().stream().filter(e -> e.date().year() == year)
                .forEach(e -> active.addAll(facts.credited(e.iri()).keySet()));
        events(year).forEach(e -> active.add(e.person()));
        facts.awards().stream().filter(a -> a.date().year() == year).forEach(a -> active.add(a.person()));
        return facts.people().values().stream().filter(p -> p.internal() && active.contains(p.iri()))
                .sorted(Person.BY_PINYIN).toList();
    }

    private List<GraphFacts.EventRow> events(int year) {
        return facts.events().stream().filter(e -> e.event().date().year() == year).toList();
    }

    /** The year's awards, one entry per award and item; only those {@code recipient} received when given. */
    private List<AwardEntry> awards(int year, String recipient) {
        Map<String, List<GraphFacts.AwardRow>> byAward = new TreeMap<>();
        facts.awards().stream().filter(a -> a.date().year() == year)
                .filter(a -> recipient == null || recipient.equals(a.person()))
                .forEach(a -> byAward.computeIfAbsent(a.award() + " " + a.source().item(), k -> new ArrayList<>()).add(a));
        return byAward.values().stream().map(rows -> {
            GraphFacts.AwardRow first = rows.get(0);
            return new AwardEntry(first.award(), names(rows.stream().map(GraphFacts.AwardRow::person).toList()),
                    first.date(), first.source());
        }).sorted(Comparator.comparing(AwardEntry::date).thenComparing(AwardEntry::award)).toList();
    }

    private Summary summary(int year, List<Tie> ties) {
        List<Evidence> works = facts.evidence().stream().filter(e -> e.date().year() == year)
                .filter(e -> e.basis().equals("coauthor")).toList();
        List<ProjectEntry> projects = facts.evidence().stream().filter(e -> e.basis().equals("project"))
                .filter(e -> e.date().year() == year)
                .sorted(Comparator.comparing(Evidence::date).thenComparing(Evidence::iri))
                .map(this::project).toList();
        Map<String, EventEntry> events = new LinkedHashMap<>();
        events(year).stream().map(GraphFacts.EventRow::event)
                .sorted(Comparator.comparing(EventEntry::date).thenComparing(EventEntry::iri))
                .forEach(e -> events.putIfAbsent(e.iri(), new EventEntry(e.iri(), e.type(), e.title(), e.location(),
                        e.date(), e.source(), null)));
        return new Summary(works.size(), counts(works, Evidence::type), counts(works.stream()
                .filter(w -> w.venue() != null).toList(), Evidence::venue), tieCounts(ties), projects, List.copyOf(events.values()),
                awards(year, null), mostConnected(ties), newInstitutions(year, ties));
    }

    private ProjectEntry project(Evidence p) {
        Map<String, List<String>> credited = facts.credited(p.iri());
        List<String> leaders = new ArrayList<>();
        List<String> members = new ArrayList<>();
        credited.forEach((person, parts) -> (parts.contains("leader") ? leaders : members).add(person));
        return new ProjectEntry(p, names(leaders), names(members));
    }

    private List<String> names(List<String> iris) {
        return iris.stream().map(facts.people()::get).sorted(Person.BY_PINYIN).map(Person::name).distinct().toList();
    }

    private static <T> Map<String, Integer> counts(List<T> things, Function<T, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        things.forEach(t -> counts.merge(key.apply(t), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static TieCounts tieCounts(List<Tie> ties) {
        int internal = (int) ties.stream().filter(t -> t.person().internal() && t.collaborator().internal()).count();
        int external = (int) ties.stream().filter(t -> !t.person().internal() && !t.collaborator().internal()).count();
        return new TieCounts(ties.size(), internal, ties.size() - internal - external, external);
    }

    private static List<Connection> mostConnected(List<Tie> ties) {
        Map<Person, Set<Person>> around = new TreeMap<>(Person.BY_PINYIN);
        for (Tie t : ties) {
            around.computeIfAbsent(t.person(), k -> new TreeSet<>(Person.BY_PINYIN)).add(t.collaborator());
            around.computeIfAbsent(t.collaborator(), k -> new TreeSet<>(Person.BY_PINYIN)).add(t.person());
        }
        return around.entrySet().stream().filter(e -> e.getKey().internal())
                .map(e -> {
                    int internal = (int) e.getValue().stream().filter(Person::internal).count();
                    return new Connection(e.getKey(), e.getValue().size(), internal, e.getValue().size() - internal);
                })
                .sorted(Comparator.comparingInt(Connection::collaborators).reversed()
                        .thenComparing(Connection::person, Person.BY_PINYIN))
                .limit(MOST_CONNECTED).toList();
    }

    /**
     * Institutions of outside people tied to a member in the year that no such person came from the year before;
     * by institution, so that a university's second department is no new institution.
     */
    private List<String> newInstitutions(int year, List<Tie> ties) {
        Set<String> before = institutions(facts.ties(GraphFacts.inYear(year - 1)));
        return institutions(ties).stream().filter(i -> !before.contains(i)).toList();
    }

    private static Set<String> institutions(List<Tie> ties) {
        Set<String> out = new TreeSet<>();
        for (Tie t : ties) {
            if (t.person().internal() && !t.collaborator().internal() && t.collaborator().institution() != null) {
                out.add(t.collaborator().institution());
            }
            if (t.collaborator().internal() && !t.person().internal() && t.person().institution() != null) {
                out.add(t.person().institution());
            }
        }
        return out;
    }
}
