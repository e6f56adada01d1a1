package kg.resolve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.extract.EnglishSentences;
import kg.extract.PersonMention;
import kg.extract.PublishingUnit;

/**
 * Whether one mention places its person in the unit that publishes a web article: by the affiliation it gives
 * (see {@link PublishingUnit#places}); without one, by a role that heads the unit (所长 in an institute's news)
 * or leads the work the unit reports (项目负责人, 首席科学家, a student's 指导教师); the article's own credits (作者：, 责编：) name
 * the people who wrote it up, not members the text shows.
 */
final class Membership {
    private static final String CREDIT = "(?:作者|编辑|责编|责任编辑|编译者|编译|供稿|审核|审稿|摄影|撰稿|通讯员|记者|来源)";
    /** 编辑：X, 作者：网站编辑：X — an article's credits, compiled once rather than per mention. */
    private static final Pattern CREDIT_LABEL = Pattern.compile(CREDIT + "\\s*[:：]\\s*");
    /** A second label after the first (作者：网站编辑：X). */
    private static final Pattern INNER_LABEL = Pattern.compile("[^，。；:：]{0,12}[:：]\\s*");
    private static final Pattern LEAD_ROLE = Pattern.compile("(?:项目负责人|项目首席科学家|首席科学家|课题负责人|指导教师为?|指导老师为?|导师为?)$");

    private Membership() {
    }

    /** TRUE inside the unit, FALSE elsewhere, null when the mention does not say. */
    static Boolean of(PersonMention m, PublishingUnit unit) {
        String sentence = m.evidence().sentence();
        Matcher credit = CREDIT_LABEL.matcher(sentence);
        while (credit.find()) {
            Matcher inner = INNER_LABEL.matcher(sentence).region(credit.end(), sentence.length());
            if (sentence.startsWith(m.name(), credit.end()) || inner.lookingAt() && sentence.startsWith(m.name(), inner.end())) {
                return Boolean.FALSE;
            }
        }
        if (m.internal() != null && EnglishSentences.isEnglish(sentence)) {
            // the English reader already placed it: "of the department", "our institute", "from the University of …"
            return m.internal();
        }
        if (m.org() != null) {
            return unit.places(m.org());
        }
        if (!unit.known()) {
            return null;
        }
        if (unit.headedBy(m.titles()) || m.titles().contains("首席科学家")) {
            return Boolean.TRUE;
        }
        int at = sentence.indexOf(m.name());
        return at > 0 && LEAD_ROLE.matcher(sentence.substring(Math.max(0, at - 8), at)).find() ? Boolean.TRUE : null;
    }
}
