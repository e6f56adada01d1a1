package kg.segment;

import java.util.List;

/** A document cut into its issue metadata and items, with what the segmenter had to guess. */
public record SegmentedDocument(IssueMeta issue, List<Item> items, List<String> warnings) {
    public SegmentedDocument {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
