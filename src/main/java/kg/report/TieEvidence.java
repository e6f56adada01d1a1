package kg.report;

/**
 * One piece of evidence of a tie as it concerns two people: what each did on it (first author, leader …,
 * empty for a plain co-author or member) and when and where the tie is reported.
 */
public record TieEvidence(Evidence evidence, String personPart, String collaboratorPart, FactDate date,
                          Source source) {
    TieEvidence swapped() {
        return new TieEvidence(evidence, collaboratorPart, personPart, date, source);
    }
}
