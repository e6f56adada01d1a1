package kg.resolve;

import kg.extract.Evidence;

/**
 * Why a person of a document has the key they have: what it was compared with and what decided.
 *
 * @param outcome   what was decided
 * @param other     the key of the person it was joined to or kept apart from, or null
 * @param reason    the evidence, in words a curator reads
 * @param doubtful  the evidence was thin: a curator should look (see {@code kg people --doubtful})
 * @param printed   the name the document gives them, as resolution compared it (a curated entry names this)
 * @param evidence  the document's first mention of the person, or null before it is known
 * @param kept      the key an earlier version of the document gave them, which a new or kept-apart person keeps,
 *                  or null
 */
public record Resolution(Outcome outcome, String other, String reason, boolean doubtful, String printed,
                         Evidence evidence, String kept) {
    Resolution(Outcome outcome, String other, String reason, boolean doubtful) {
        this(outcome, other, reason, doubtful, null, null, null);
    }

    Resolution at(String name, Evidence first) {
        return new Resolution(outcome, other, reason, doubtful, name, first, kept);
    }

    Resolution keeping(String key) {
        return new Resolution(outcome, other, reason, doubtful, printed, evidence, key);
    }

    public enum Outcome {
        /** No one in the archive could be this person. */
        NEW,
        /** One the archive holds: the key is theirs. */
        JOINED,
        /** Someone of the same name is held, but nothing joins them: a person of their own. */
        APART,
        /** The curated file decided. */
        CURATED
    }

    static Resolution fresh() {
        return new Resolution(Outcome.NEW, null, "no one of this name is held yet", false);
    }

    /** Is there something to explain: a decision against the archive, or forms of one document joined? */
    public boolean decided() {
        return outcome != Outcome.NEW || !reason.equals(fresh().reason());
    }

    /** A new person whose document prints them in several forms (赵明 and Zhao Ming, 陳明 and 陈明). */
    Resolution alsoPrinted(java.util.Collection<String> forms) {
        return outcome != Outcome.NEW || forms.isEmpty() ? this : new Resolution(outcome, other,
                "no one of this name is held yet; this document also prints them as " + String.join(", ", forms)
                        + " (the same name in other characters, or a Latin form that spells it)", doubtful, printed, evidence, kept);
    }
}
