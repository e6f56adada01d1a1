package kg.validate;

import kg.rdf.IssueGraph;

/**
 * An issue's graph that has met the shapes. Only {@link GraphValidator#validate} makes one, and stores take
 * nothing else: every graph is checked once, before anything is written, and no caller can skip the check.
 */
public final class ValidGraph {
    private final IssueGraph issue;

    ValidGraph(IssueGraph issue) {
        this.issue = issue;
    }

    public IssueGraph issue() {
        return issue;
    }

    @Override
    public String toString() {
        return "valid graph of " + issue.issueKey();
    }
}
