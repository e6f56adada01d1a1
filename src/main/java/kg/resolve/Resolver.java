package kg.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
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
import kg.extract.ExtractedDocument;
import kg.extract.ItemFacts;
import kg.extract.Lexicon;
import kg.extract.PersonMention;
import kg.extract.PublishingUnit;
import kg.segment.IssueMeta;

/**
 * Merges the mentions of each name into one person and gives each a stable key.
 *
 * <p>Within a document a printed name is one person (张明远, 张明远院士 and 张明远教授 are one mention form
 * already), unless the curated file splits it by affiliation. Across documents the key is what joins: it is
 * computed from the name alone (or taken from the curated file), so the same person in two issues gets one
 * IRI, and re-running gives the same IRIs. A person is internal when any mention places them in the unit
 * whose document it is (the department, or the publisher of a web article, see {@link Membership}); when no
 * mention says either way, when the document is the department's own or its unit is not known.
 */
public final class Resolver {
    private final CuratedPeople curated;
    private final Lexicon lex = Lexicon.get();
    private final Glosses glosses = new Glosses(lex);
    private final Organisations organisations = new Organisations(lex);

    public Resolver(CuratedPeople curated) {
        this.curated = curated;
    }

    public ResolvedDocument resolve(ExtractedDocument doc) {
        Map<String, List<PersonMention>> byName = new LinkedHashMap<>();
        for (ItemFacts item : doc.items()) {
            for (PersonMention m : item.people()) {
                byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
            }
        }
        byName = glossed(byName);
        PublishingUnit unit = doc.unit();
        boolean departmentsOwn = unit != null ? unit.department() : doc.items().stream()
                .anyMatch(i -> lex.isDepartment(i.item().title()) || lex.isDepartment(i.item().text()));
        Map<String, ResolvedPerson> people = new HashMap<>();
        for (Map.Entry<String, List<PersonMention>> e : byName.entrySet()) {
            ResolvedPerson p = merge(e.getKey(), e.getValue(), departmentsOwn,
                    unit == null || unit.department() ? null : unit);
            people.put(e.getKey(), p);
            p.aliases().forEach(a -> people.putIfAbsent(a, p));
        }
        String issueKey = issueKey(doc.issue());
        return new ResolvedDocument(doc, people, issueKey, organisations.resolve(doc, people.values(), issueKey));
    }

    /** Mentions of a Latin form that glosses another name of the document go under that name, as an alias. */
    private Map<String, List<PersonMention>> glossed(Map<String, List<PersonMention>> byName) {
        Map<String, String> to = glosses.of(byName.keySet());
        if (to.isEmpty()) {
            return byName;
        }
        Map<String, List<PersonMention>> out = new LinkedHashMap<>();
        byName.forEach((name, ms) -> {
            String target = to.getOrDefault(name, name);
            List<PersonMention> list = out.computeIfAbsent(target, k -> new ArrayList<>());
            for (PersonMention m : ms) {
                list.add(target.equals(name) ? m : new PersonMention(target, name, m.titles(), m.org(), m.internal(),
                        m.cohort(), m.evidence()));
            }
        });
        return out;
    }

    /**
     * @param unit the publishing unit of a document that is not the department's, or null to decide by the
     *             department's names
     */
    private ResolvedPerson merge(String name, List<PersonMention> mentions, boolean departmentsOwn, PublishingUnit unit) {
        String org = mostFrequent(mentions.stream().map(PersonMention::org).filter(o -> o != null).toList());
        Optional<CuratedPeople.Entry> entry = curated.lookup(name, org);
        Set<String> titles = new LinkedHashSet<>();
        Set<String> aliases = new LinkedHashSet<>();
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
        String pinyin = pinyin(name);
        String key = entry.map(CuratedPeople.Entry::id).orElseGet(() -> key(name, pinyin));
        return new ResolvedPerson(key, name, pinyin, internal, List.copyOf(titles), org, cohort, List.copyOf(aliases));
    }

    private String pinyin(String name) {
        if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            if (name.matches(".*[·•・‧].*")) {
                return String.join(" ", java.util.Arrays.stream(name.split("[·•・‧]"))
                        .map(part -> capitalise(String.join("", PinyinNames.syllables(part)))).toList());
            }
            return PinyinNames.ofName(name, lex.surnameLength(name));
        }
        return name;
    }

    /** Pinyin for reading, a checksum of the printed name so that two names with one reading stay two. */
    static String key(String name, String pinyin) {
        String slug = pinyin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        boolean latin = name.equals(pinyin);
        return latin ? slug : slug + "-" + checksum(name);
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
