/**
 * Stage 4, extract: a {@link kg.segment.SegmentedDocument} becomes an {@link kg.extract.ExtractedDocument},
 * plain records of facts (people and their roles, works and authorship, projects, group membership, events,
 * awards), each with its {@link kg.extract.Evidence}: the item and the sentence that states it.
 *
 * <p>The extractors encode the genre of departmental news, not any one issue: role words and affiliations
 * around names, 第一作者 / 通讯作者 / 合作者包括, X课题组, 从左至右分别是, grant numbers in parentheses. The
 * vocabularies they use are resources under {@code kg/extract/}. Nothing here knows RDF.
 */
package kg.extract;
