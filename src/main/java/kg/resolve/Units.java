package kg.resolve;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import kg.extract.Lexicon;

/**
 * Units as resolution compares people's places: named as {@link Organisations} names them (every form of the
 * department the department, abbreviations written out), traditional characters as simplified ones. Two units
 * are related when one is, or is part of, the other (海岳大学 and 海岳大学化学学院; the department and the
 * university it belongs to); two parts of one university are not.
 */
final class Units {
    private final Lexicon lex;
    private final DepartmentForms department;

    Units(Lexicon lex) {
        this.lex = lex;
        this.department = new DepartmentForms(lex);
    }

    String canonical(String org) {
        String c = PrintedNames.canonical(OrgNames.canonical(OrgNames.surface(org)));
        return department.isDepartment(c) || lex.isDepartment(org) && department.unitOfDepartment(c) == null
                ? lex.departmentName() : c;
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

    private boolean related(String u, String v) {
        return u.equals(v) || within(u).contains(v) || within(v).contains(u);
    }

    /** The unit and every unit it is part of, as its name shows them. */
    private Set<String> within(String unit) {
        Set<String> chain = new LinkedHashSet<>();
        String at = unit;
        while (at != null && chain.add(at)) {
            at = at.equals(lex.departmentName()) ? department.parentName() : OrgParents.of(at);
        }
        return chain;
    }
}
