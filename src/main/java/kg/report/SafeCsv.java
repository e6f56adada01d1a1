package kg.report;

import java.io.IOException;
import kg.query.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes CSV records whose text cells a spreadsheet will not run ({@link SpreadsheetCells}): a risky cell is
 * prefixed with a quote mark and always quoted, every other cell is written as {@code format} writes it. Numbers
 * and booleans are values, never formulas, and are left alone.
 */
final class SafeCsv {
    private final Appendable out;
    private final CSVFormat format;
    private final CSVFormat quoted;

    /** Writes {@code header} at once, as the first record. */
    SafeCsv(Appendable out, CSVFormat format, String... header) throws IOException {
        this.out = out;
        this.format = format;
        this.quoted = format.builder().setQuoteMode(QuoteMode.ALL).get();
        printRecord((Object[]) header);
    }

    void printRecord(Object... values) throws IOException {
        boolean first = true;
        for (Object v : values) {
            if (v instanceof CharSequence s && SpreadsheetCells.risky(s.toString())) {
                quoted.print(SpreadsheetCells.neutralise(s.toString()), out, first);
            } else {
                format.print(v, out, first);
            }
            first = false;
        }
        format.println(out);
    }
}
