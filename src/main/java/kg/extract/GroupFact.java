package kg.extract;

/** A research group ({@code X课题组}) and one member the text places in it. */
public record GroupFact(String leader, String member, String memberTitle, Evidence evidence) {
}
