package kg.query;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.NodeToLabelMap;

/**
 * Query results as CSV and TSV that a spreadsheet can open safely ({@link SpreadsheetCells}).
 *
 * <p>CSV is written as Jena writes it (CRLF, a cell quoted when it holds a quote, comma or line break, an empty
 * literal as {@code ""}), so that nothing changes for the cells that were never risky; a risky cell is prefixed
 * and always quoted. TSV holds RDF terms, where a string is already in quotes, so there only the literal's text is
 * prefixed, and Jena writes the rest. A valid numeric literal ({@code -0.5} as an xsd:decimal) is a number, not a
 * formula, and stays as it is.
 */
final class ResultCsv {
    private static final String NL = "\r\n";

    private ResultCsv() {
    }

    static void csv(ResultSet rs, OutputStream out) {
        NodeToLabelMap bnodes = new NodeToLabelMap();
        List<String> vars = rs.getResultVars();
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(String.join(",", vars.stream().map(v -> cell(v, true)).toList()));
            w.write(NL);
            while (rs.hasNext()) {
                Binding b = rs.nextBinding();
                List<String> cells = new ArrayList<>(vars.size());
                for (String v : vars) {
                    Node n = b.get(Var.alloc(v));
                    cells.add(n == null ? "" : cell(text(n, bnodes), !isNumber(n)));
                }
                w.write(String.join(",", cells));
                w.write(NL);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void tsv(ResultSet rs, OutputStream out) {
        List<Var> vars = Var.varList(rs.getResultVars());
        List<Binding> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            BindingBuilder safe = BindingBuilder.create();
            b.forEach((v, n) -> safe.add(v, neutralised(n)));
            rows.add(safe.build());
        }
        RowSet safeRows = RowSetStream.create(vars, rows.iterator());
        ResultSetFormatter.outputAsTSV(out, ResultSet.adapt(safeRows));
    }

    private static String text(Node n, NodeToLabelMap bnodes) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isURI()) {
            return n.getURI();
        }
        return n.isBlank() ? bnodes.asString(n) : "?";
    }

    private static String cell(String s, boolean mayNeutralise) {
        if (mayNeutralise && SpreadsheetCells.risky(s)) {
            return quote(SpreadsheetCells.neutralise(s));
        }
        if (s.contains("\"") || s.contains(",") || s.contains("\r") || s.contains("\n")) {
            return quote(s);
        }
        return s.isEmpty() ? "\"\"" : s;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static Node neutralised(Node n) {
        if (!n.isLiteral() || isNumber(n) || !SpreadsheetCells.risky(n.getLiteralLexicalForm())) {
            return n;
        }
        String text = SpreadsheetCells.neutralise(n.getLiteralLexicalForm());
        String lang = n.getLiteralLanguage();
        return lang.isEmpty() ? NodeFactory.createLiteralDT(text, n.getLiteralDatatype())
                : NodeFactory.createLiteralLang(text, lang);
    }

    private static boolean isNumber(Node n) {
        return n.isLiteral() && NodeValue.makeNode(n).isNumber();
    }
}
