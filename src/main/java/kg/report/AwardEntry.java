package kg.report;

import java.util.List;

/** An award with its recipients (names, by pinyin), the year conferred and the item that reports it. */
public record AwardEntry(String award, List<String> recipients, FactDate date, Source source) {
    public AwardEntry {
        recipients = List.copyOf(recipients);
    }
}
