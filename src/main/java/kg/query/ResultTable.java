package kg.query;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.NodeToLabelMap;

/**
 * Query results as a table for a person at a terminal: each cell the text of its term (a literal's lexical form,
 * an IRI as it is, no quotes or brackets), columns padded to the widest cell as the terminal shows it
 * ({@link TerminalWidth}: a Chinese character takes two columns), a line break in a cell shown as a space so
 * that each row is one line.
 */
final class ResultTable {
    private static final String GAP = " | ";

    private ResultTable() {
    }

    static void write(ResultSet rs, OutputStream out) {
        List<String> vars = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        rows.add(vars);
        NodeToLabelMap bnodes = new NodeToLabelMap();
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            rows.add(vars.stream().map(v -> text(b.get(Var.alloc(v)), bnodes)).toList());
        }
        int[] widths = new int[vars.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], TerminalWidth.of(row.get(i)));
            }
        }
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        line(rows.get(0), widths, w);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        w.println(String.join("-+-", rule));
        rows.subList(1, rows.size()).forEach(row -> line(row, widths, w));
        w.flush();
    }

    /** One row, ending with its last cell that is not empty, unpadded. */
    private static void line(List<String> cells, int[] widths, PrintWriter w) {
        int last = cells.size() - 1;
        while (last > 0 && cells.get(last).isEmpty()) {
            last--;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            String cell = cells.get(i);
            s.append(i == 0 ? "" : GAP).append(cell);
            if (i < last) {
                s.append(" ".repeat(widths[i] - TerminalWidth.of(cell)));
            }
        }
        w.println(s);
    }

    private static String text(Node n, NodeToLabelMap bnodes) {
        if (n == null) {
            return "";
        }
        String s = n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : bnodes.asString(n);
        return s.replaceAll("[\\p{Cc}\\u2028\\u2029]+", " ");
    }
}
