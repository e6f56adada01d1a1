package kg.query;

import java.util.Locale;

/** How query results are written. */
public enum ResultFormat {
    CSV, TSV, JSON, TABLE;

    public static ResultFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (use csv, tsv, json or table)");
        }
    }
}
