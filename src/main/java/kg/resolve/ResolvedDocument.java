package kg.resolve;

import java.util.Map;
import kg.extract.ExtractedDocument;

/**
 * A document's facts with every name resolved to a person and every affiliation to an organisation.
 *
 * @param facts    the extracted facts, names as printed
 * @param people   the person each printed name (or alias) stands for
 * @param issueKey the stable key of the issue (series, year and number, or the file name)
 * @param publisher the unit whose document it is, canonical, or null when the document does not name it
 * @param orgs     the organisation each printed affiliation stands for, and the document's publishing unit
 */
public record ResolvedDocument(ExtractedDocument facts, Map<String, ResolvedPerson> people, String issueKey,
                               String publisher, ResolvedOrgs orgs) {
    public ResolvedDocument {
        people = Map.copyOf(people);
    }

    public ResolvedPerson person(String name) {
        ResolvedPerson p = people.get(name);
        if (p == null) {
            throw new IllegalStateException("no person resolved for name " + name);
        }
        return p;
    }

    /** The organisation an affiliation as printed (a mention's, a person's) stands for. */
    public ResolvedOrg org(String printed) {
        return orgs.of(printed);
    }
}
