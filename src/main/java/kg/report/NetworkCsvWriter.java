package kg.report;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;

/**
 * The network as one CSV edge list for spreadsheets and Gephi's import (Source, Target, Weight), each row also
 * carrying both people's name, pinyin, internal and org; a name a spreadsheet would run is neutralised ({@link SafeCsv}).
 */
final class NetworkCsvWriter implements NetworkWriter {
    static final String[] COLUMNS = {"Source", "Target", "Weight", "basis", "source_name", "source_pinyin",
        "source_internal", "source_org", "target_name", "target_pinyin", "target_internal", "target_org"};

    @Override
    public void write(Network n, Writer out) throws IOException {
        SafeCsv csv = new SafeCsv(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get(), COLUMNS);
        for (Network.Edge e : n.edges()) {
            Person a = e.source();
            Person b = e.target();
            csv.printRecord(a.iri(), b.iri(), e.weight(), e.basis(), a.name(), a.pinyin(), a.internal(), a.org(),
                    b.name(), b.pinyin(), b.internal(), b.org());
        }
        out.flush();
    }
}
