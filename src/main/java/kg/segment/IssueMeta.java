package kg.segment;

/**
 * What a newsletter issue says of itself in its running header ({@code 2025 年第一期《工作动态》总第 66 期}).
 * Any part may be null when the document does not say it (a single web article says none of it).
 *
 * @param series       the newsletter's name, e.g. 工作动态
 * @param year         the year of the issue
 * @param number       the issue's number within its year
 * @param serial       the running serial number (总第N期)
 * @param documentName the file the issue was read from; names the issue when the rest is missing
 */
public record IssueMeta(String series, Integer year, Integer number, Integer serial, String documentName) {

    public boolean isNewsletterIssue() {
        return series != null && year != null && number != null;
    }
}
