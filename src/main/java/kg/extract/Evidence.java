package kg.extract;

/** Where a fact was read: the item (by its id within the issue) and the sentence that states it. */
public record Evidence(String itemId, String sentence) {
}
