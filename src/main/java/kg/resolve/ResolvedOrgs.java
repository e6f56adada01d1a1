package kg.resolve;

import java.util.Map;

/**
 * A document's organisations: the one each printed affiliation stands for, and the unit that publishes it.
 *
 * @param byPrinted the organisation of each affiliation as printed (as the mentions and people give it)
 * @param publisher the unit whose document it is (the department for its newsletter)
 */
public record ResolvedOrgs(Map<String, ResolvedOrg> byPrinted, ResolvedOrg publisher) {
    public ResolvedOrgs {
        byPrinted = Map.copyOf(byPrinted);
    }

    public ResolvedOrg of(String printed) {
        ResolvedOrg o = byPrinted.get(printed);
        if (o == null) {
            throw new IllegalStateException("no organisation resolved for " + printed);
        }
        return o;
    }
}
