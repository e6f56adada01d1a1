package kg.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * already; 陳明 and 陈明 one name), unless the curated file splits it. Across documents the archive decides
 * ({@link KnownPeople}, {@link ArchiveMatch}): a person the evidence joins to one it holds takes that person's
 * key, so adding or re-ingesting documents never renumbers anyone; a new person's key is minted from the name
 * (pinyin and a checksum), or, when another person of that name holds it, from the name and the unit. The
 * curated file wins over both. A person is internal when any mention places them in the unit whose document it
 * is (the department, or the publisher of a web article, see {@link Membership}); when no mention says either
 * way, when the document is the department's own or its unit is not known.
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
                unit == null || unit.department() ? null : unit, publisher)));
        Map<String, ResolvedPerson> decided = new ArchivePass(known, issueKey, publisher, itemsOf, firstMention).run(local);

        Map<String, ResolvedPerson> people = new HashMap<>();
        decided.forEach((name, p) -> {
            people.put(name, p);
            people.putIfAbsent(p.name(), p);
            p.aliases().forEach(a -> people.putIfAbsent(a, p));
        });
        return new ResolvedDocument(doc, people, issueKey, publisher,
                organisations.resolve(doc, new LinkedHashSet<>(decided.values()), issueKey));
    }

    /** Resolves a document's people against the archive: curated entries first, then the evidence, twice. */
    private final class ArchivePass {
        private final KnownPeople known;
        private final String issueKey;
        private final String publisher;
        private final Map<String, Set<String>> itemsOf;
        private final Map<String, Evidence> firstMention;

        ArchivePass(KnownPeople known, String issueKey, String publisher, Map<String, Set<String>> itemsOf,
                    Map<String, Evidence> firstMention) {
            this.known = known;
            this.firstMention = firstMention;
            this.issueKey = issueKey;
            this.publisher = publisher;
            this.itemsOf = itemsOf;
        }

        Map<String, ResolvedPerson> run(Map<String, ResolvedPerson> local) {
            Map<String, List<KnownPerson>> candidates = new HashMap<>();
            Map<String, Mentioned> mentioned = new LinkedHashMap<>();
            Map<String, Resolution> decisions = new LinkedHashMap<>();
            Map<String, Set<String>> formsOf = new LinkedHashMap<>();
            local.forEach((name, p) -> {
                Mentioned m = mentioned(p);
                mentioned.put(name, m);
                Set<String> forms = new LinkedHashSet<>(m.forms());
                forms.addAll(m.readings());
                formsOf.put(name, forms);
            });
            // one lookup for the whole document: a store answers one query faster than one per name
            Set<String> all = new LinkedHashSet<>();
            formsOf.values().forEach(all::addAll);
            List<KnownPerson> held = all.isEmpty() ? List.of() : known.withAnyOf(all, issueKey);
            formsOf.forEach((name, forms) -> candidates.put(name, held.stream().filter(c -> c.heldUnder(forms)).toList()));
            local.forEach((name, p) -> decisions.put(name, decide(name, p, mentioned.get(name), candidates.get(name))));
            // the people named with them are evidence for those the first pass kept apart: as it keyed them, or as
            // anyone of their name the archive holds (two namesakes named together twice are likely the same two)
            Map<String, String> firstKeys = keys(local, decisions, candidates);
            local.forEach((name, p) -> {
                if (decisions.get(name).outcome() == Resolution.Outcome.APART) {
                    Set<String> companions = new LinkedHashSet<>();
                    itemsOf.getOrDefault(name, Set.of()).forEach(item -> itemsOf.forEach((other, its) -> {
                        if (!other.equals(name) && its.contains(item) && local.containsKey(other)) {
                            companions.add(firstKeys.get(other));
                            companions.addAll(match.namesakes(mentioned.get(other), candidates.get(other)));
                        }
                    }));
                    decisions.put(name, decide(name, p, mentioned.get(name).withCompanions(companions),
                            withCompanions(mentioned.get(name), candidates.get(name))));
                }
            });
            local.forEach((name, p) -> decisions.put(name, kept(decisions.get(name), previous(mentioned.get(name), candidates.get(name)))));
            Map<String, String> keys = keys(local, decisions, candidates);
            Map<String, ResolvedPerson> out = new LinkedHashMap<>();
            local.forEach((name, p) -> out.put(name, settled(p, keys.get(name), decisions.get(name).at(name, firstMention.get(name)),
                    candidates.get(name))));
            return out;
        }

        /** The candidates of the same name or spelling, with the people named with them in the archive. */
        private List<KnownPerson> withCompanions(Mentioned m, List<KnownPerson> candidates) {
            Set<String> named = new HashSet<>(match.named(m, candidates));
            return candidates.stream().map(c -> named.contains(c.key())
                    ? c.withCompanions(known.companionsOf(c.key(), issueKey)) : c).toList();
        }

        /** The key the document's earlier version gave this person, or null. */
        private String previous(Mentioned m, List<KnownPerson> candidates) {
            return candidates.stream().filter(c -> c.previous().stream().anyMatch(m.forms()::contains))
                    .map(KnownPerson::key).sorted().findFirst().orElse(null);
        }

        /**
         * A document ingested again keeps the keys it gave, so that no one is renumbered; where the evidence now
         * points to someone else, that is a doubtful split for a curator, whose entry then decides.
         */
        private Resolution kept(Resolution r, String previous) {
            if (previous == null || r.outcome() == Resolution.Outcome.CURATED || previous.equals(r.other())
                    && r.outcome() == Resolution.Outcome.JOINED) {
                return r;
            }
            if (r.outcome() == Resolution.Outcome.JOINED) {
                return new Resolution(Resolution.Outcome.APART, r.other(), "kept " + previous
                        + ", the key this document gave them before; the evidence now says " + r.reason(), true)
                        .keeping(previous);
            }
            return r.keeping(previous);
        }

        private Resolution decide(String name, ResolvedPerson p, Mentioned m, List<KnownPerson> candidates) {
            Optional<CuratedPeople.Entry> entry = curated.lookup(name, p.units(), issueKey);
            if (entry.isPresent()) {
                return new Resolution(Resolution.Outcome.CURATED, entry.get().id(),
                        "the curated file's entry " + entry.get().id() + " names " + name, false);
            }
            return match.decide(m, candidates);
        }

        private Mentioned mentioned(ResolvedPerson p) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(p.name());
            forms.addAll(p.aliases());
            Set<String> readings = new LinkedHashSet<>();
            readings.addAll(PrintedNames.readings(p.pinyin()));
            forms.stream().filter(f -> !PrintedNames.isHan(f)).forEach(f -> readings.addAll(PrintedNames.readings(PrintedNames.reading(f))));
            return new Mentioned(p.name(), forms, readings, p.units(), publisher, Set.copyOf(p.titles()), Set.of());
        }

        /** Each person's key: the one joined, the curated one, else minted where no one else holds it. */
        private Map<String, String> keys(Map<String, ResolvedPerson> local, Map<String, Resolution> decisions,
                                         Map<String, List<KnownPerson>> candidates) {
            Map<String, String> keys = new LinkedHashMap<>();
            Set<String> used = new HashSet<>();
            local.forEach((name, p) -> {
                Resolution r = decisions.get(name);
                if (r.outcome() == Resolution.Outcome.JOINED || r.outcome() == Resolution.Outcome.CURATED) {
                    keys.put(name, r.other());
                    used.add(r.other());
                }
            });
            local.forEach((name, p) -> {
                String kept = decisions.get(name).kept();
                if (!keys.containsKey(name) && kept != null && used.add(kept)) {
                    keys.put(name, kept);
                }
            });
            local.forEach((name, p) -> {
                if (keys.containsKey(name)) {
                    return;
                }
                Set<String> held = new HashSet<>(used);
                candidates.get(name).forEach(c -> held.add(c.key()));
                String k = key(p.name(), p.pinyin());
                String where = p.units().stream().sorted().findFirst().orElse(publisher != null ? publisher : issueKey);
                for (int n = 0; held.contains(k); n++) {
                    k = key(p.name(), p.pinyin(), where + (n == 0 ? "" : "#" + n));
                }
                keys.put(name, k);
                used.add(k);
            });
            return keys;
        }

        /** The person under their key; a Latin form joined to a Chinese name goes by the Chinese name. */
        private ResolvedPerson settled(ResolvedPerson p, String key, Resolution r, List<KnownPerson> candidates) {
            String name = p.name();
            if (r.outcome() == Resolution.Outcome.JOINED && !PrintedNames.isHan(name)) {
                String han = candidates.stream().filter(c -> c.key().equals(key)).map(ArchiveMatch::hanName)
                        .filter(h -> h != null).findFirst().orElse(null);
                if (han != null) {
                    name = han;
                }
            }
            List<String> aliases = new ArrayList<>(p.aliases());
            if (!name.equals(p.name())) {
                aliases.add(0, p.name());
            }
            aliases.remove(name);
            String pinyin = name.equals(p.name()) ? p.pinyin() : pinyin(name);
            return p.as(key, name, pinyin, List.copyOf(new LinkedHashSet<>(aliases)), r.alsoPrinted(p.aliases()));
        }
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
                                 PublishingUnit unit, String publisher) {
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
        Optional<CuratedPeople.Entry> entry = curated.lookup(name, orgs, null);
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
        String pinyin = pinyin(name);
        return new ResolvedPerson(key(name, pinyin), name, pinyin, internal, List.copyOf(titles), org, cohort,
                List.copyOf(aliases), placedIn, Resolution.fresh());
    }

    private String pinyin(String name) {
        if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            if (name.matches(".*[·•・‧].*")) {
                return String.join(" ", java.util.Arrays.stream(name.split("[·•・‧]"))
                        .map(part -> capitalise(String.join("", PinyinNames.syllables(part)))).toList());
            }
            return PinyinNames.ofName(name, lex.surnameLength(name));
        }
        return PrintedNames.reading(name);
    }

    /** Pinyin for reading, a checksum of the printed name so that two names with one reading stay two. */
    static String key(String name, String pinyin) {
        return PrintedNames.isHan(name) ? key(name, pinyin, "") : slug(pinyin);
    }

    /** The key of a person whose name another person holds: a checksum of the name and where they are. */
    static String key(String name, String pinyin, String where) {
        return slug(pinyin) + "-" + checksum(name + (where.isEmpty() ? "" : "@" + where));
    }

    private static String slug(String pinyin) {
        return pinyin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static String checksum(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** gongzuodongtai-2025-1 for 工作动态 2025 年第一期; the file's name for a document without a header. */
    public static String issueKey(IssueMeta issue) {
        if (issue.isNewsletterIssue()) {
            String series = String.join("", PinyinNames.syllables(issue.series()));
            return series + "-" + issue.year() + "-" + issue.number();
        }
        String stem = issue.documentName().replaceFirst("\\.[^.]+$", "");
        String slug = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "doc-" + (slug.isEmpty() ? "" : slug + "-") + checksum(stem);
    }

    private static String mostFrequent(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
