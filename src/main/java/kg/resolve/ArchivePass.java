package kg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.extract.Evidence;
import kg.extract.Lexicon;

/**
 * Resolves one document's people against the archive: the curated file first, then the evidence
 * ({@link ArchiveMatch}), twice — the second time with the people named with them, as the first pass keyed them,
 * for those it kept apart. Then each gets a key: the one joined or curated; the one the document's earlier
 * version gave; else one minted from the name, or from the name and the unit when someone else holds that.
 */
final class ArchivePass {
    private final CuratedPeople curated;
    private final ArchiveMatch match;
    private final Lexicon lex;
    private final KnownPeople known;
    private final String issueKey;
    private final String publisher;
    private final Map<String, Set<String>> itemsOf;
    private final Map<String, Evidence> firstMention;

    ArchivePass(CuratedPeople curated, ArchiveMatch match, Lexicon lex, KnownPeople known, String issueKey,
                String publisher, Map<String, Set<String>> itemsOf, Map<String, Evidence> firstMention) {
        this.curated = curated;
        this.match = match;
        this.lex = lex;
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
            String k = PersonKeys.key(p.name(), p.pinyin());
            String where = p.units().stream().sorted().findFirst().orElse(publisher != null ? publisher : issueKey);
            for (int n = 0; held.contains(k); n++) {
                k = PersonKeys.key(p.name(), p.pinyin(), where + (n == 0 ? "" : "#" + n));
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
        String pinyin = name.equals(p.name()) ? p.pinyin() : PinyinNames.reading(name, lex);
        return p.as(key, name, pinyin, List.copyOf(new LinkedHashSet<>(aliases)), r.alsoPrinted(p.aliases()));
    }
}
