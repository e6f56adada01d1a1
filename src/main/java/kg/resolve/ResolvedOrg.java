package kg.resolve;

import java.util.List;

/**
 * One organisation as the graph knows it: every printed form of it in a document resolved to one key.
 *
 * @param key     the stable key its IRI is minted from: its canonical name (lower case) for a named
 *                organisation, {@code publisher/<issue>} or {@code local/<issue>/<checksum>} for a unit only one
 *                issue's text refers to (我所 in a text that never names its institute)
 * @param name    the canonical name (地球系统科学系 for every form of the department)
 * @param parent  the organisation it is a part of (香港科技大学 of its 计算机科学与工程系), or null
 * @param aliases the other forms this document prints it in, sorted
 * @param kind    the department, a named organisation, or an unnamed unit of one issue
 */
public record ResolvedOrg(String key, String name, ResolvedOrg parent, List<String> aliases, Kind kind) {
    public enum Kind { DEPARTMENT, NAMED, UNNAMED }

    public ResolvedOrg {
        aliases = List.copyOf(aliases);
    }

    /** A laboratory of the department, say: not an external institution though it is not the department. */
    public boolean partOfDepartment() {
        for (ResolvedOrg p = parent; p != null; p = p.parent()) {
            if (p.kind() == Kind.DEPARTMENT) {
                return true;
            }
        }
        return false;
    }

    /** The institution at the top of its chain of parents (itself when it has none). */
    public ResolvedOrg top() {
        ResolvedOrg o = this;
        while (o.parent() != null) {
            o = o.parent();
        }
        return o;
    }
}
