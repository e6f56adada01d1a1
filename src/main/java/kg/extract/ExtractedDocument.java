package kg.extract;

import java.util.List;
import kg.segment.IssueMeta;

/** The facts of one document, item by item. */
public record ExtractedDocument(IssueMeta issue, List<ItemFacts> items, List<String> warnings) {
    public ExtractedDocument {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
