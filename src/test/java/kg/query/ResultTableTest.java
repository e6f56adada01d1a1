package kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The table for a terminal: the text of each term, no quotes, columns lined up as a terminal shows Chinese. */
class ResultTableTest {
    @Test
    void cellsAreTheTextOfTheirTermsInColumnsAlignedByDisplayWidth() {
        String table = table("""
                SELECT ?name ?org ?works ?page {
                  VALUES (?name ?org ?works ?page) {
                    ("崔宜筠" "清华大学" 1 <https://kg.ess.tsinghua.edu.cn/id/person/cui-yiyun-7765>)
                    ("Deliang Chen"@en "University of Gothenburg" 12 UNDEF)
                    ("say \\"hi\\"\\nagain" UNDEF 3 <http://x/y>)
                  }
                }""");
        assertEquals(List.of(
                "name           | org                      | works | page",
                "---------------+--------------------------+-------+--------------------------------------------------------",
                "崔宜筠         | 清华大学                 | 1     | https://kg.ess.tsinghua.edu.cn/id/person/cui-yiyun-7765",
                "Deliang Chen   | University of Gothenburg | 12",
                "say \"hi\" again |                          | 3     | http://x/y"), table.lines().toList());
    }

    @Test
    void wideCharactersTakeTwoColumnsAndCombiningMarksNone() {
        assertEquals(6, TerminalWidth.of("崔宜筠"));
        assertEquals(5, TerminalWidth.of("（1）"), "fullwidth brackets");
        assertEquals(5, TerminalWidth.of("abc，"), "fullwidth comma");
        assertEquals(4, TerminalWidth.of("한글"));
        assertEquals(3, TerminalWidth.of("“a”"), "curly quotes are narrow in a terminal");
        assertEquals(4, TerminalWidth.of("Pe\u0301ng"), "e and its combining accent are one column");
        assertEquals(2, TerminalWidth.of("\uD840\uDC00"), "an ideograph beyond the BMP");
    }

    private static String table(String query) {
        Dataset ds = DatasetFactory.createTxnMem();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultTable.write(qe.execSelect(), out);
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }
}
