package kg.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;

/**
 * What the libraries underneath say while a document is read. PDFBox warns at length about a damaged PDF,
 * POI about a zip it will not open, and kg already names the file and the problem in one line; so for
 * {@code kg ingest} their logging is off unless {@code --verbose} asks for it. It is set before any logger
 * exists, because slf4j-simple reads its level once, when the first logger is made.
 */
final class LibraryLogging {
    static final String VERBOSE = "--verbose";
    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private LibraryLogging() {
    }

    /** Silences the libraries for an ingest without {@code --verbose}; other commands keep their logging. */
    static void configure(String[] args) {
        if (args.length == 0 || !args[0].equals("ingest") || java.util.Arrays.asList(args).contains(VERBOSE)) {
            return;
        }
        System.setProperty(LEVEL, "off");
        // PDFBox's font code and a few others use java.util.logging, which slf4j-simple does not govern
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        root.setLevel(Level.OFF);
        for (java.util.logging.Handler h : root.getHandlers()) {
            h.setLevel(Level.OFF);
        }
    }
}
