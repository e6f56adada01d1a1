package kg.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

/**
 * The review's ties as CSV, one row per (person, collaborator, evidence), so a spreadsheet can pivot them. A
 * tie between two members appears under each; ties between two outside people come last (person_internal false).
 * Names and titles come from newsletters, so a cell a spreadsheet would run is neutralised ({@link SafeCsv}).
 */
final class CsvReview implements ReviewWriter {
    static final List<String> COLUMNS = List.of("year", "person", "person_pinyin", "person_internal", "collaborator",
            "collaborator_pinyin", "collaborator_internal", "collaborator_org", "basis", "evidence_type", "evidence",
            "evidence_title", "venue", "doi", "url", "code", "person_part", "collaborator_part", "date", "dated_by",
            "issue", "section", "position", "item_title", "item");

    @Override
    public void write(Review r, Writer out) throws IOException {
        SafeCsv csv = new SafeCsv(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get(),
                COLUMNS.toArray(String[]::new));
        for (PersonReview p : r.people()) {
            for (Tie t : p.ties()) {
                rows(r.year(), t, csv);
            }
        }
        for (Tie t : r.outsideTies()) {
            rows(r.year(), t, csv);
        }
        out.flush();
    }

    private static void rows(int year, Tie t, SafeCsv csv) throws IOException {
        Person a = t.person();
        Person b = t.collaborator();
        for (TieEvidence te : t.evidence()) {
            Evidence e = te.evidence();
            Source s = te.source();
            csv.printRecord(year, a.name(), a.pinyin(), a.internal(), b.name(), b.pinyin(), b.internal(), b.org(),
                    e.basis(), e.type(), e.iri(), e.title(), e.venue(), e.doi(), e.url(), e.code(), te.personPart(),
                    te.collaboratorPart(), te.date().value(), te.date().dating().name().toLowerCase(Locale.ROOT),
                    s.issue(), s.section(), s.position(), s.title(), s.item());
        }
    }
}
