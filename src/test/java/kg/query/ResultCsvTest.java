package kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** Result CSV and TSV: a cell a spreadsheet would run is neutralised, and every other cell is as Jena writes it. */
class ResultCsvTest {
    private static final String HOSTILE = """
            SELECT ?title ?n ?bad ?iri ?none {
              VALUES (?title ?n ?bad ?iri) {
                ("=HYPERLINK(\\"http://evil.example/\\",\\"click\\")" -0.5 "-1+1"^^<http://www.w3.org/2001/XMLSchema#integer> <http://x/a>)
                ("+1" 3 "@SUM(A1)"@en <http://x/b>)
                ("\\tindented" "-x" "\\rcr" <http://x/c>)
              }
            }""";
    private static final String PLAIN = """
            SELECT ?a ?b ?c { VALUES (?a ?b ?c) { ("陈德亮" "x, y" "") ("say \\"hi\\"" 2025 "line\\nbreak") ("" "z" <http://x/y>) } }""";

    @Test
    void riskyCellsArePrefixedAndQuoted() {
        String csv = run(HOSTILE, ResultCsv::csv);
        assertEquals("title,n,bad,iri,none\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\",-0.5,\"'-1+1\",http://x/a,\r\n"
                + "\"'+1\",3,\"'@SUM(A1)\",http://x/b,\r\n"
                + "\"'\tindented\",\"'-x\",\"'\rcr\",http://x/c,\r\n", csv);
    }

    @Test
    void tsvKeepsRdfTermsAndPrefixesOnlyTheText() {
        String tsv = run(HOSTILE, ResultCsv::tsv);
        assertTrue(tsv.contains("\"'=HYPERLINK(\\\"http://evil.example/\\\",\\\"click\\\")\"\t-0.5\t"), tsv);
        assertTrue(tsv.contains("\"'@SUM(A1)\"@en"), tsv);
        assertTrue(tsv.contains("\"'+1\"\t3\t"), tsv);
    }

    @Test
    void safeCellsAreExactlyAsJenaWritesThem() {
        assertEquals(run(PLAIN, (rs, out) -> ResultSetFormatter.outputAsCSV(out, rs)), run(PLAIN, ResultCsv::csv));
        assertEquals(run(PLAIN, (rs, out) -> ResultSetFormatter.outputAsTSV(out, rs)), run(PLAIN, ResultCsv::tsv));
    }

    private static String run(String query, BiConsumer<ResultSet, ByteArrayOutputStream> write) {
        Dataset ds = DatasetFactory.createTxnMem();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                write.accept(qe.execSelect(), out);
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }
}
