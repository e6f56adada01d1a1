package kg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The review's and the network's CSV: a name or title a spreadsheet would run arrives as text. */
class SafeCsvTest {
    @Test
    void riskyTextIsPrefixedAndQuotedAndTheRestIsAsBefore() throws IOException {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
        SafeCsv csv = new SafeCsv(out, format, "title", "weight", "name", "org");
        csv.printRecord("=HYPERLINK(\"http://evil.example/\",\"x\")", -1, "陈德亮", "清华大学, 地学系");
        csv.printRecord("@cmd", 2, "-陈", null);
        assertEquals("title,weight,name,org\n"
                + "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\",-1,陈德亮,\"清华大学, 地学系\"\n"
                + "\"'@cmd\",2,\"'-陈\",\n", out.toString());
        List<CSVRecord> rows = format.parse(new StringReader(out.toString())).getRecords();
        assertEquals("'=HYPERLINK(\"http://evil.example/\",\"x\")", rows.get(1).get(0));
    }
}
