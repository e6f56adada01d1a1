package kg.resolve;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import kg.extract.Lexicon;

/**
 * Units as resolution compares them: every name of the department is the department; other names with
 * full-width forms, spaces and trailing punctuation folded. Two units are related when one is part of the
 * other as their names show it (海岳大学 and 海岳大学化学学院).
 */
final class Units {
    private final Lexicon lex;

    Units(Lexicon lex) {
        this.lex = lex;
    }

    String canonical(String org) {
        if (lex.isDepartment(org)) {
            return lex.departmentName();
        }
        return Normalizer.normalize(org, Normalizer.Form.NFKC).replaceAll("\\s+", "").replaceAll("[，,。;；、]+$", "");
    }

    Set<String> canonical(Collection<String> orgs) {
        Set<String> out = new LinkedHashSet<>();
        orgs.forEach(o -> out.add(canonical(o)));
        return out;
    }

    /** The units of {@code a} that are, or are part of or contain, a unit of {@code b}. */
    Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> cb = canonical(b);
        Set<String> out = new LinkedHashSet<>();
        for (String u : canonical(a)) {
            if (cb.stream().anyMatch(v -> related(u, v))) {
                out.add(u);
            }
        }
        return out;
    }

    private static boolean related(String u, String v) {
        // a bare 大学 or 研究所 is no unit to share
        int shorter = Math.min(u.length(), v.length());
        return u.equals(v) || shorter >= 4 && (u.startsWith(v) || v.startsWith(u));
    }
}
