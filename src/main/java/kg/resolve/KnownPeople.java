package kg.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people an archive already holds, looked up by the forms a new document prints: what keeps a person's
 * key when more documents arrive, and what joins the same person across documents.
 */
public interface KnownPeople {
    /**
     * The people held under any of these forms (a printed name, an alias or a reading), as the documents other
     * than that of this issue show them: a document resolved again is no evidence for itself.
     */
    List<KnownPerson> withAnyOf(Set<String> forms, String besidesIssue);

    /**
     * The keys of the people named in the same items as this person, in documents other than that of this issue:
     * asked apart from {@link #withAnyOf}, and only where it decides, as a person of many issues has many.
     */
    Set<String> companionsOf(String key, String besidesIssue);

    /** An empty archive: every document on its own. */
    static KnownPeople none() {
        return new KnownPeople() {
            @Override
            public List<KnownPerson> withAnyOf(Set<String> forms, String besidesIssue) {
                return List.of();
            }

            @Override
            public Set<String> companionsOf(String key, String besidesIssue) {
                return Set.of();
            }
        };
    }

    /** Both archives, a person held by both seen as one. */
    default KnownPeople and(KnownPeople more) {
        KnownPeople first = this;
        return new KnownPeople() {
            @Override
            public List<KnownPerson> withAnyOf(Set<String> forms, String issue) {
                Map<String, KnownPerson> byKey = new LinkedHashMap<>();
                for (KnownPerson p : first.withAnyOf(forms, issue)) {
                    byKey.merge(p.key(), p, KnownPerson::with);
                }
                for (KnownPerson p : more.withAnyOf(forms, issue)) {
                    byKey.merge(p.key(), p, KnownPerson::with);
                }
                return new ArrayList<>(byKey.values());
            }

            @Override
            public Set<String> companionsOf(String key, String issue) {
                Set<String> out = new LinkedHashSet<>(first.companionsOf(key, issue));
                out.addAll(more.companionsOf(key, issue));
                return out;
            }
        };
    }
}
