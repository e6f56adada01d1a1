/**
 * Stage 5, resolve: an {@link kg.extract.ExtractedDocument} becomes a {@link kg.resolve.ResolvedDocument}, in
 * which every printed name stands for one {@link kg.resolve.ResolvedPerson} with a stable key, pinyin, merged
 * titles and affiliation, and membership of the department. {@link kg.resolve.CuratedPeople} (the file
 * {@code data/people.json}) settles what the text cannot.
 *
 * <p>Every affiliation as printed stands for one {@link kg.resolve.ResolvedOrg} ({@link kg.resolve.Organisations}):
 * a canonical name and key, the other printed forms, and the organisation it is part of, found from how Chinese and
 * English institutions' names are written ({@code OrgParents}); every form of the department is the department,
 * part of its university ({@code kg/resolve/department-parent.txt}).
 */
package kg.resolve;
