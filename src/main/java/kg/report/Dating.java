package kg.report;

/** Where a fact's date comes from. */
public enum Dating {
    /** The fact's own date: a work's publication date, an event's date, an award's year. */
    OWN,
    /** The date of the newsletter item that reports it. */
    ITEM,
    /** The year of the issue that reports it, when the item gives no date either. */
    ISSUE
}
