package kg.source;

/**
 * A library's reason for refusing a file, fit for the one line kg prints per bad input: libraries write
 * paragraphs of advice (POI's zip-bomb message is five lines), and the file's line needs only the first.
 */
final class LibraryMessage {
    private LibraryMessage() {
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int end = m.indexOf('\n');
        return (end < 0 ? m : m.substring(0, end)).strip();
    }

    /** POI's guard against a zip whose parts expand to far more than they take. */
    static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }
}
