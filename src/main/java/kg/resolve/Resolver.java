package kg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.extract.Evidence;
import kg.extract.ExtractedDocument;
import kg.extract.ItemFacts;
import kg.extract.Lexicon;
import kg.extract.PersonMention;
import kg.extract.PublishingUnit;
import kg.segment.IssueMeta;

/**
 * Merges the mentions of each name into one person and gives each a key that stays.
 *
 * <p>Within a document a printed name is one person (张明远, 张明远院士 and 张明远教授 are one mention form
 * already; 陳明 and 陈明 one name; a Latin form that glosses a Chinese name is that name), unless the curated file
 * splits it. Across documents the archive decides ({@link ArchivePass}): a person the evidence joins to one it
 * holds takes that person's key, so adding or re-ingesting documents never renumbers anyone. A person is internal
 * when any mention places them in the unit whose document it is (the department, or the publisher of a web
 * article, see {@link Membership}); when no mention says either way, when the document is the department's own or
 * its unit is not known.
 */
public final class Resolver {
    private final CuratedPeople curated;
    private final Lexicon lex = Lexicon.get();
    private final Glosses glosses = new Glosses(lex);
    private final Units units = new Units(lex);
    private final ArchiveMatch match = new ArchiveMatch(lex, units);
    private final Organisations organisations = new Organisations(lex);

    public Resolver(CuratedPeople curated) {
        this.curated = curated;
    }

    /** A document on its own, as if the archive were empty. */
    public ResolvedDocument resolve(ExtractedDocument doc) {
        return resolve(doc, KnownPeople.none());
    }

    /** A document against the people an archive already holds. */
    public ResolvedDocument resolve(ExtractedDocument doc, KnownPeople known) {
        String issueKey = issueKey(doc.issue());
        Map<String, List<PersonMention>> byName = new LinkedHashMap<>();
        Map<String, Set<String>> printed = new HashMap<>();
        Map<String, Set<String>> itemsOf = new HashMap<>();
        Map<String, Evidence> firstMention = new HashMap<>();
        for (ItemFacts item : doc.items()) {
            for (PersonMention m : item.people()) {
                String name = PrintedNames.canonical(m.name());
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(name.equals(m.name()) ? m : renamed(m, name, m.alias()));
                printed.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(m.name());
                itemsOf.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(item.item().id());
                firstMention.putIfAbsent(name, m.evidence());
            }
        }
        Map<String, String> to = glosses.of(byName.keySet());
        byName = glossed(byName, to);
        to.forEach((from, target) -> {
            printed.computeIfAbsent(target, k -> new LinkedHashSet<>()).addAll(printed.getOrDefault(from, Set.of()));
            itemsOf.computeIfAbsent(target, k -> new LinkedHashSet<>()).addAll(itemsOf.getOrDefault(from, Set.of()));
            firstMention.putIfAbsent(target, firstMention.get(from));
        });
        PublishingUnit unit = doc.unit();
        boolean departmentsOwn = unit != null ? unit.department() : doc.items().stream()
                .anyMatch(i -> lex.isDepartment(i.item().title()) || lex.isDepartment(i.item().text()));
        String publisher = departmentsOwn ? lex.departmentName() : unit != null && unit.name() != null ? units.canonical(unit.name()) : null;

        Map<String, ResolvedPerson> local = new LinkedHashMap<>();
        byName.forEach((name, ms) -> local.put(name, merge(name, ms, printed.getOrDefault(name, Set.of()), departmentsOwn,
                unit == null || unit.department() ? null : unit, publisher, issueKey)));
        Map<String, ResolvedPerson> decided = new ArchivePass(curated, match, lex, known, issueKey, publisher, itemsOf, firstMention).run(local);

        Map<String, ResolvedPerson> people = new HashMap<>();
        decided.forEach((name, p) -> {
            people.put(name, p);
            people.putIfAbsent(p.name(), p);
            p.aliases().forEach(a -> people.putIfAbsent(a, p));
        });
        return new ResolvedDocument(doc, people, issueKey, publisher,
                organisations.resolve(doc, new LinkedHashSet<>(decided.values()), issueKey));
    }

    private static PersonMention renamed(PersonMention m, String name, String alias) {
        return new PersonMention(name, alias, m.titles(), m.org(), m.internal(), m.cohort(), m.evidence());
    }

    /** Mentions of a Latin form that glosses another name of the document go under that name, as an alias. */
    private static Map<String, List<PersonMention>> glossed(Map<String, List<PersonMention>> byName, Map<String, String> to) {
        if (to.isEmpty()) {
            return byName;
        }
        Map<String, List<PersonMention>> out = new LinkedHashMap<>();
        byName.forEach((name, ms) -> {
            String target = to.getOrDefault(name, name);
            List<PersonMention> list = out.computeIfAbsent(target, k -> new ArrayList<>());
            for (PersonMention m : ms) {
                list.add(target.equals(name) ? m : renamed(m, target, name));
            }
        });
        return out;
    }

    /**
     * @param unit the publishing unit of a document that is not the department's, or null to decide by the
     *             department's names
     */
    private ResolvedPerson merge(String name, List<PersonMention> mentions, Set<String> printed, boolean departmentsOwn,
                                 PublishingUnit unit, String publisher, String issueKey) {
        String org = mostFrequent(mentions.stream().map(PersonMention::org).filter(o -> o != null).toList());
        Set<String> titles = new LinkedHashSet<>();
        Set<String> aliases = new LinkedHashSet<>(printed);
        Integer cohort = null;
        boolean inside = false;
        boolean outside = false;
        for (PersonMention m : mentions) {
            titles.addAll(m.titles());
            if (m.alias() != null) {
                aliases.add(m.alias());
            }
            cohort = cohort != null ? cohort : m.cohort();
            Boolean placed = unit == null ? m.internal() : Membership.of(m, unit);
            inside |= Boolean.TRUE.equals(placed);
            outside |= Boolean.FALSE.equals(placed);
        }
        List<String> orgs = mentions.stream().map(PersonMention::org).filter(o -> o != null)
                .map(o -> unit != null ? unit.expand(o) : o).toList();
        Set<String> where = new LinkedHashSet<>(orgs);
        if (publisher != null) {
            where.add(publisher);
        }
        Optional<CuratedPeople.Entry> entry = curated.lookup(name, where, issueKey);
        entry.ifPresent(en -> aliases.addAll(en.aliases()));
        aliases.remove(name);
        boolean internal = entry.map(CuratedPeople.Entry::internal).orElse(null) != null
                ? entry.get().internal()
                : inside || !outside && (unit == null ? departmentsOwn : !unit.known());
        if (internal && inside) {
            org = mentions.stream().map(PersonMention::org)
                    .filter(o -> unit == null ? lex.isDepartment(o) : Boolean.TRUE.equals(unit.places(o)))
                    .findFirst().orElse(org);
        }
        if (unit != null && org == null && internal && unit.name() != null
                && mentions.stream().anyMatch(m -> m.org() == null && unit.headedBy(m.titles()))) {
            // 所长李振华 in an institute's news: the head of the unit itself
            org = unit.name();
        }
        if (unit != null && org != null) {
            // 我校地球科学学院: the org as the unit it stands for
            org = unit.expand(org);
        }
        Set<String> placedIn = new LinkedHashSet<>(units.canonical(orgs));
        if (internal && publisher != null) {
            placedIn.add(publisher);
        }
        String pinyin = PinyinNames.reading(name, lex);
        return new ResolvedPerson(PersonKeys.key(name, pinyin), name, pinyin, internal, List.copyOf(titles), org, cohort,
                List.copyOf(aliases), placedIn, Resolution.fresh());
    }

    /** gongzuodongtai-2025-1 for 工作动态 2025 年第一期; the file's name for a document without a header. */
    public static String issueKey(IssueMeta issue) {
        if (issue.isNewsletterIssue()) {
            String series = String.join("", PinyinNames.syllables(issue.series()));
            return series + "-" + issue.year() + "-" + issue.number();
        }
        String stem = issue.documentName().replaceFirst("\\.[^.]+$", "");
        String slug = PersonKeys.slug(stem);
        return "doc-" + (slug.isEmpty() ? "" : slug + "-") + PersonKeys.checksum(stem);
    }

    private static String mostFrequent(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

}
