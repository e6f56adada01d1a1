package kg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.extract.ItemFacts;
import kg.extract.PersonMention;

/**
 * The people of the documents resolved so far in one batch, for the next ones: they are not in the store yet.
 * A later document of an issue replaces the earlier one here, as it will in the store.
 */
public final class BatchPeople implements KnownPeople {
    private final Map<String, List<KnownPerson>> byIssue = new LinkedHashMap<>();
    private final Map<String, Map<String, List<KnownPerson>>> byForm = new HashMap<>();

    public void add(ResolvedDocument doc) {
        forget(doc.issueKey());
        List<KnownPerson> people = known(doc);
        byIssue.put(doc.issueKey(), people);
        for (KnownPerson p : people) {
            Set<String> forms = new LinkedHashSet<>(p.names());
            forms.addAll(p.readings());
            forms.forEach(f -> byForm.computeIfAbsent(f, k -> new LinkedHashMap<>())
                    .computeIfAbsent(doc.issueKey(), k -> new ArrayList<>()).add(p));
        }
    }

    @Override
    public List<KnownPerson> withAnyOf(Set<String> forms, String besides) {
        Map<String, KnownPerson> byKey = new LinkedHashMap<>();
        for (String f : forms) {
            byForm.getOrDefault(f, Map.of()).forEach((issue, people) -> {
                if (!issue.equals(besides)) {
                    people.forEach(p -> byKey.merge(p.key(), p, KnownPerson::with));
                }
            });
        }
        return new ArrayList<>(byKey.values());
    }

    @Override
    public Set<String> companionsOf(String key, String besides) {
        Set<String> out = new LinkedHashSet<>();
        byIssue.forEach((issue, people) -> {
            if (!issue.equals(besides)) {
                people.stream().filter(p -> p.key().equals(key)).forEach(p -> out.addAll(p.companions()));
            }
        });
        return out;
    }

    private void forget(String issueKey) {
        if (byIssue.remove(issueKey) != null) {
            byForm.values().forEach(m -> m.remove(issueKey));
        }
    }

    private static List<KnownPerson> known(ResolvedDocument doc) {
        Map<String, Set<String>> companions = new HashMap<>();
        Map<String, Set<String>> titles = new HashMap<>();
        for (ItemFacts item : doc.facts().items()) {
            Set<String> keys = new LinkedHashSet<>();
            for (PersonMention m : item.people()) {
                ResolvedPerson p = doc.person(m.name());
                keys.add(p.key());
                titles.computeIfAbsent(p.key(), k -> new LinkedHashSet<>()).addAll(m.titles());
            }
            keys.forEach(k -> {
                Set<String> others = new LinkedHashSet<>(keys);
                others.remove(k);
                companions.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(others);
            });
        }
        Map<String, KnownPerson> byKey = new LinkedHashMap<>();
        Set<String> publishers = doc.publisher() == null ? Set.of() : Set.of(doc.publisher());
        for (ResolvedPerson p : doc.people().values()) {
            Set<String> names = new LinkedHashSet<>(p.aliases());
            names.add(p.name());
            Set<String> readings = new LinkedHashSet<>(PrintedNames.readings(p.pinyin()));
            byKey.putIfAbsent(p.key(), new KnownPerson(p.key(), names, readings, p.units(), publishers,
                    titles.getOrDefault(p.key(), Set.of()), companions.getOrDefault(p.key(), Set.of()), Set.of()));
        }
        return new ArrayList<>(byKey.values());
    }
}
