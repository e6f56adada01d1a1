package kg.report;

/** The newsletter item a fact came from: its issue, section, position and title, and its own date if any. */
public record Source(String item, String issue, Integer issueYear, String section, String position, String title,
                     String date) {
}
