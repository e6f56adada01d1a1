package kg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.extract.Lexicon;
import kg.extract.PinyinForms;

/**
 * Decides whether a person of a new document is someone the archive holds, from the evidence both sides
 * carry: the same name in a related unit, or people named with them in both, joins; the same name in units
 * that have nothing in common keeps them apart. A Latin form is joined to a Chinese name only when its
 * reading spells that name and a unit or companions join them too, and only when one such name does;
 * two Chinese names are never joined because their readings agree.
 */
final class ArchiveMatch {
    private enum Naming { SAME, SPELLING, NONE }

    /** Titles few people of one name share: two 院士 of one name are one person more often than not. */
    private static final Set<String> DISTINCTIVE = Set.of("院士");

    /** One candidate with the evidence for and against. */
    private record Weighed(KnownPerson person, Naming naming, Set<String> units, Set<String> companions,
                           boolean publisher, Set<String> titles, boolean conflict) {
        boolean strong() {
            return !units.isEmpty() || !companions.isEmpty();
        }

        /**
         * Neither gives a unit the other contradicts, and only the publisher's documents, or a distinctive title,
         * join them.
         */
        boolean weak() {
            return naming == Naming.SAME && !conflict && (publisher || !titles.isEmpty());
        }

        int score() {
            return 2 * companions.size() + units.size() + (publisher ? 1 : 0) + titles.size();
        }
    }

    private final Lexicon lex;
    private final PinyinForms pinyin;
    private final Units units;

    ArchiveMatch(Lexicon lex, Units units) {
        this.lex = lex;
        this.pinyin = new PinyinForms(lex);
        this.units = units;
    }

    /** The person the mention would be if joined on its name alone: for companions, before anything is decided. */
    List<String> namesakes(Mentioned p, List<KnownPerson> candidates) {
        return candidates.stream().filter(c -> naming(p, c) == Naming.SAME).map(KnownPerson::key).toList();
    }

    /** The candidates whose name is the mention's, or that a Latin form spells. */
    List<String> named(Mentioned p, List<KnownPerson> candidates) {
        return candidates.stream().filter(c -> naming(p, c) != Naming.NONE).map(KnownPerson::key).toList();
    }

    Resolution decide(Mentioned p, List<KnownPerson> candidates) {
        List<Weighed> named = new ArrayList<>();
        for (KnownPerson c : candidates) {
            Naming n = naming(p, c);
            if (n != Naming.NONE) {
                named.add(weigh(p, c, n));
            }
        }
        if (named.isEmpty()) {
            return Resolution.fresh();
        }
        named.sort(Comparator.comparingInt(Weighed::score).reversed().thenComparing(w -> w.person().key()));
        List<Weighed> strong = named.stream().filter(Weighed::strong).toList();
        List<Weighed> spelt = strong.stream().filter(w -> w.naming() == Naming.SPELLING).toList();
        if (spelt.size() > 1 && spelt.stream().map(w -> hanName(w.person())).distinct().count() > 1) {
            return new Resolution(Resolution.Outcome.APART, spelt.get(0).person().key(), p.name() + " spells "
                    + String.join(" and ", spelt.stream().map(w -> hanName(w.person())).distinct().toList())
                    + ": a reading alone cannot tell which", true);
        }
        if (!strong.isEmpty()) {
            Weighed best = strong.get(0);
            boolean tie = strong.size() > 1 && strong.get(1).score() == best.score();
            return new Resolution(Resolution.Outcome.JOINED, best.person().key(), because(p, best)
                    + (tie ? "; " + strong.get(1).person().key() + " has as much in common" : ""), tie);
        }
        Optional<Weighed> weak = named.stream().filter(Weighed::weak).findFirst();
        if (weak.isPresent()) {
            return new Resolution(Resolution.Outcome.JOINED, weak.get().person().key(), because(p, weak.get())
                    + "; no affiliation on one side to confirm it", true);
        }
        Weighed nearest = named.get(0);
        return new Resolution(Resolution.Outcome.APART, nearest.person().key(), apart(p, nearest), true);
    }

    private Naming naming(Mentioned p, KnownPerson c) {
        if (c.names().contains(p.name()) || p.forms().stream().anyMatch(c.names()::contains)) {
            return Naming.SAME;
        }
        boolean han = PrintedNames.isHan(p.name());
        List<String> theirHan = c.names().stream().filter(PrintedNames::isHan).toList();
        if (han) {
            // 赵磊 and a Latin-named person the archive holds: their Latin form must spell it
            return theirHan.isEmpty() && c.names().stream().anyMatch(l -> spells(l, p.name())) ? Naming.SPELLING : Naming.NONE;
        }
        if (!theirHan.isEmpty()) {
            return theirHan.stream().anyMatch(h -> spells(p.name(), h)) ? Naming.SPELLING : Naming.NONE;
        }
        return p.readings().stream().anyMatch(c.readings()::contains) ? Naming.SAME : Naming.NONE;
    }

    private boolean spells(String latin, String han) {
        return !PrintedNames.isHan(latin) && pinyin.spells(latin, han, Math.max(1, lex.surnameLength(han)));
    }

    private Weighed weigh(Mentioned p, KnownPerson c, Naming n) {
        Set<String> sharedUnits = units.shared(p.units(), c.units());
        Set<String> sharedCompanions = new LinkedHashSet<>(p.companions());
        sharedCompanions.retainAll(c.companions());
        boolean publisher = p.publisher() != null && units.shared(Set.of(p.publisher()), c.publishers()).size() == 1;
        boolean conflict = !p.units().isEmpty() && !c.units().isEmpty() && sharedUnits.isEmpty();
        Set<String> titles = new LinkedHashSet<>(p.titles());
        titles.retainAll(c.titles());
        titles.retainAll(DISTINCTIVE);
        return new Weighed(c, n, sharedUnits, sharedCompanions, publisher, titles, conflict);
    }

    private String because(Mentioned p, Weighed w) {
        List<String> why = new ArrayList<>();
        why.add(w.naming() == Naming.SAME ? "the same name " + p.name()
                : p.name() + (PrintedNames.isHan(p.name()) ? " is spelt " : " spells ") + otherName(p, w.person()));
        if (!w.units().isEmpty()) {
            why.add("in " + String.join(", ", w.units()));
        }
        if (!w.companions().isEmpty()) {
            why.add("named with " + String.join(", ", w.companions().stream().sorted().limit(3).toList())
                    + (w.companions().size() > 3 ? " and " + (w.companions().size() - 3) + " more" : "") + " in both");
        }
        if (w.units().isEmpty() && w.companions().isEmpty()) {
            if (w.publisher()) {
                why.add("in documents of " + p.publisher());
            }
            if (!w.titles().isEmpty()) {
                why.add("both " + String.join(", ", w.titles()));
            }
        }
        return "joined " + w.person().key() + ": " + String.join(", ", why);
    }

    private String apart(Mentioned p, Weighed w) {
        String here = p.units().isEmpty() ? "no unit here" : String.join(", ", units.canonical(p.units())) + " here";
        String there = w.person().units().isEmpty() ? "no unit there"
                : String.join(", ", units.canonical(w.person().units())) + " there";
        return "kept apart from " + w.person().key() + ": "
                + (w.naming() == Naming.SAME ? "the same name " + p.name() : p.name() + " spells " + otherName(p, w.person()))
                + ", but " + here + " and " + there + ", and no one named with both";
    }

    private static String otherName(Mentioned p, KnownPerson c) {
        return c.names().stream().filter(n -> PrintedNames.isHan(n) != PrintedNames.isHan(p.name())).findFirst()
                .orElse(c.names().stream().findFirst().orElse(c.key()));
    }

    static String hanName(KnownPerson c) {
        return c.names().stream().filter(PrintedNames::isHan).sorted().findFirst().orElse(null);
    }
}
