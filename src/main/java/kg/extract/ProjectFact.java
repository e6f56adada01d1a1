package kg.extract;

import java.util.List;

/**
 * A funded project: a grant the text names with its code, or one it says a person leads or won.
 *
 * @param title     the project's title, or null
 * @param code      the grant number (2023YFC3000000, 42275001), or null
 * @param programme the funding programme, or null
 * @param leaders   who leads it
 * @param members   who else the text names as working in it (sub-project leaders, key members)
 */
public record ProjectFact(String title, String code, String programme, List<String> leaders, List<String> members,
                          Evidence evidence) {
    public ProjectFact {
        leaders = List.copyOf(leaders);
        members = List.copyOf(members);
    }
}
