package kg.extract;

import java.util.List;
import kg.segment.IssueMeta;

/**
 * The facts of one document, item by item.
 *
 * @param unit the unit whose document it is (its members are internal), or null when not read
 */
public record ExtractedDocument(IssueMeta issue, List<ItemFacts> items, List<String> warnings, PublishingUnit unit) {
    public ExtractedDocument {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    public ExtractedDocument(IssueMeta issue, List<ItemFacts> items, List<String> warnings) {
        this(issue, items, warnings, null);
    }
}
