/**
 * Stage 5, resolve: an {@link kg.extract.ExtractedDocument} becomes a {@link kg.resolve.ResolvedDocument}, in
 * which every printed name stands for one {@link kg.resolve.ResolvedPerson} with a stable key, pinyin, merged
 * titles and affiliation, and membership of the department. {@link kg.resolve.CuratedPeople} (the file
 * {@code data/people.json}) settles what the text cannot.
 */
package kg.resolve;
