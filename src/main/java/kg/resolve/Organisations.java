package kg.resolve;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.extract.ExtractedDocument;
import kg.extract.ItemFacts;
import kg.extract.Lexicon;
import kg.extract.PersonMention;
import kg.extract.PublishingUnit;

/**
 * Resolves the affiliations a document prints to organisations, one key each, so that one organisation gets one
 * IRI whichever way a text writes it and in every issue: every form of the department is the department (whose
 * parent is its institution, {@link DepartmentForms}); any other name is made canonical ({@link OrgNames}) and
 * knows its parent by how its name is written ({@link OrgParents}), itself resolved the same way, so chains
 * (a laboratory of an institute of an academy) come out whole. A self-reference the text leaves unexplained
 * (我所 where no institute is named) is a unit of that issue alone: 我所 of two texts are two institutes.
 */
public final class Organisations {
    private static final Pattern SELF_REF = Pattern.compile("^[我本](实验室|中心|校|院|所|系|室|局)");
    private final DepartmentForms department;

    public Organisations(Lexicon lex) {
        this.department = new DepartmentForms(lex);
    }

    /** The organisations of a document's mentions and people, and its publishing unit. */
    public ResolvedOrgs resolve(ExtractedDocument doc, Collection<ResolvedPerson> people, String issueKey) {
        Run run = new Run(doc, issueKey);
        for (ItemFacts item : doc.items()) {
            for (PersonMention m : item.people()) {
                run.printed(m.org());
            }
        }
        people.forEach(p -> run.printed(p.org()));
        return run.orgs(run.publisher());
    }

    /** What one organisation is known as while a document is resolved. */
    private static final class Draft {
        final String key;
        final String name;
        final String parentKey;
        final ResolvedOrg.Kind kind;
        final Set<String> aliases = new TreeSet<>();

        Draft(String key, String name, String parentKey, ResolvedOrg.Kind kind) {
            this.key = key;
            this.name = name;
            this.parentKey = parentKey;
            this.kind = kind;
        }
    }

    /** The resolution of one document's affiliations. */
    private final class Run {
        private final ExtractedDocument doc;
        private final PublishingUnit unit;
        private final boolean departmentsOwn;
        private final String issueKey;
        private final Map<String, Draft> drafts = new LinkedHashMap<>();
        private final Map<String, String> keyOfPrinted = new LinkedHashMap<>();

        Run(ExtractedDocument doc, String issueKey) {
            this.doc = doc;
            this.unit = doc.unit();
            this.departmentsOwn = unit == null || unit.department();
            this.issueKey = issueKey;
        }

        void printed(String form) {
            if (form == null || form.isBlank() || keyOfPrinted.containsKey(form)) {
                return;
            }
            String key = keyOfPrinted(form);
            keyOfPrinted.put(form, key);
            String surface = OrgNames.surface(form);
            Draft d = drafts.get(key);
            if (!surface.equals(d.name) && !SELF_REF.matcher(surface).find()) {
                d.aliases.add(surface);
            }
        }

        /** The department for its own documents; the unit a text names; else a unit of this issue alone. */
        String publisher() {
            if (departmentsOwn) {
                return departmentKey();
            }
            if (unit.name() != null) {
                printed(unit.name());
                return keyOfPrinted.get(unit.name());
            }
            String label = unit.kind() != null ? "我" + unit.kind() : "《" + doc.issue().documentName() + "》的发布单位";
            return draft("publisher/" + issueKey, label, null, ResolvedOrg.Kind.UNNAMED);
        }

        /** A form as printed: its self-reference spelt out where the document says what it stands for. */
        private String keyOfPrinted(String form) {
            String s = OrgNames.surface(form);
            if (!departmentsOwn && !s.equals(unit.name())) {
                // 我校化学学院 → 海岳大学化学学院, 工程学院 in a university's news → that university's (not the
                // unit's own name again: 某某所 is no part of itself)
                s = unit.expand(s);
            } else if (s.matches("^[我本]校.*")) {
                // the department's own texts: 我校 is the department's institution
                s = department.parentName() + s.substring(2);
            }
            return keyOfName(OrgNames.canonical(s));
        }

        private String keyOfName(String canonical) {
            Matcher self = SELF_REF.matcher(canonical);
            boolean selfRef = self.find();
            // 我系 is the department in its own texts only; in another unit's, that unit's department
            if (!selfRef || departmentsOwn) {
                if (department.isDepartment(canonical)) {
                    return departmentKey();
                }
                String own = department.unitOfDepartment(canonical);
                if (own != null) {
                    return draft(OrgNames.key(department.name() + own), department.name() + own, departmentKey(),
                            ResolvedOrg.Kind.NAMED);
                }
            }
            if (selfRef) {
                return unexplained(canonical, self);
            }
            if (department.isParent(canonical)) {
                return parentKey();
            }
            String parent = OrgParents.of(canonical);
            String parentKey = parent == null ? null : keyOfName(OrgNames.canonical(parent));
            return draft(OrgNames.key(canonical), canonical, parentKey, ResolvedOrg.Kind.NAMED);
        }

        /** 我所 when the text names no institute: the publisher when of its kind; else a unit of this issue. */
        private String unexplained(String canonical, Matcher self) {
            String rest = canonical.substring(self.end());
            if (rest.isEmpty() && !departmentsOwn && self.group(1).equals(unit.kind()) && unit.name() == null) {
                return publisher();
            }
            String parentKey = rest.isEmpty() ? null : keyOfName(canonical.substring(0, self.end()));
            return draft("local/" + issueKey + "/" + String.format("%08x", canonical.hashCode()), canonical, parentKey,
                    ResolvedOrg.Kind.UNNAMED);
        }

        private String departmentKey() {
            return draft(OrgNames.key(department.name()), department.name(), parentKey(), ResolvedOrg.Kind.DEPARTMENT);
        }

        private String parentKey() {
            String name = department.parentName();
            return draft(OrgNames.key(name), name, null, ResolvedOrg.Kind.NAMED);
        }

        private String draft(String key, String name, String parentKey, ResolvedOrg.Kind kind) {
            drafts.putIfAbsent(key, new Draft(key, name, parentKey, kind));
            return key;
        }

        ResolvedOrgs orgs(String publisherKey) {
            Map<String, ResolvedOrg> built = new LinkedHashMap<>();
            drafts.keySet().forEach(k -> build(k, built, new HashSet<>()));
            Map<String, ResolvedOrg> byPrinted = new LinkedHashMap<>();
            keyOfPrinted.forEach((form, key) -> byPrinted.put(form, built.get(key)));
            return new ResolvedOrgs(byPrinted, built.get(publisherKey));
        }

        /** Parents first; a parent the chain already passed through is left out (a name cannot contain itself). */
        private ResolvedOrg build(String key, Map<String, ResolvedOrg> built, Set<String> chain) {
            ResolvedOrg done = built.get(key);
            if (done != null) {
                return done;
            }
            chain.add(key);
            Draft d = drafts.get(key);
            ResolvedOrg parent = d.parentKey == null || chain.contains(d.parentKey) ? null
                    : build(d.parentKey, built, chain);
            ResolvedOrg o = new ResolvedOrg(d.key, d.name, parent, d.aliases.stream().toList(), d.kind);
            built.put(key, o);
            return o;
        }
    }
}
