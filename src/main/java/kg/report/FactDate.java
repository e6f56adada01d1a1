package kg.report;

/**
 * When a fact happened, as precise as the source says ({@code 2025-01-02}, {@code 2024-04}, {@code 2025}), and
 * where that date comes from. Facts without a date of their own are dated by their issue (item or issue year).
 */
public record FactDate(String value, Dating dating) implements Comparable<FactDate> {
    /** The fact's own date when it has one, else its item's date, else its issue's year. */
    static FactDate of(String own, Source source) {
        if (own != null && !own.isBlank()) {
            return new FactDate(own, Dating.OWN);
        }
        if (source.date() != null) {
            return new FactDate(source.date(), Dating.ITEM);
        }
        return new FactDate(source.issueYear() == null ? "" : String.valueOf(source.issueYear()), Dating.ISSUE);
    }

    public int year() {
        return value.length() >= 4 ? Integer.parseInt(value.substring(0, 4)) : 0;
    }

    public boolean datedByIssue() {
        return dating != Dating.OWN;
    }

    @Override
    public int compareTo(FactDate o) {
        return value.compareTo(o.value);
    }
}
