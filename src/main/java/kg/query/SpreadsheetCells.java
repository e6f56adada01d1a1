package kg.query;

/**
 * Cells a spreadsheet would run. A CSV or TSV cell that begins with {@code = + - @}, a tab or a carriage return
 * is read by Excel, LibreOffice and Google Sheets as a formula, so an item titled {@code =HYPERLINK(…)} would
 * become a live link in the analyst's sheet; OWASP's advice on CSV injection is to prefix such a cell with a
 * single quote, which makes it text, and to quote it.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    /** Whether a spreadsheet would take this cell for a formula. */
    public static boolean risky(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The cell as text a spreadsheet shows and does not run. */
    public static String neutralise(String cell) {
        return risky(cell) ? "'" + cell : cell;
    }
}
