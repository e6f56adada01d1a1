package kg.resolve;

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
    private static final Pattern LEAD_ROLE = Pattern.compile("(?:项目负责人|项目首席科学家|首席科学家|课题负责人|指导教师为?|指导老师为?|导师为?)$");

    private Membership() {
    }

    /** TRUE inside the unit, FALSE elsewhere, null when the mention does not say. */
    static Boolean of(PersonMention m, PublishingUnit unit) {
        String sentence = m.evidence().sentence();
        if (Pattern.compile(CREDIT + "\\s*[:：]\\s*(?:[^，。；:：]{0,12}[:：]\\s*)?" + Pattern.quote(m.name())).matcher(sentence).find()) {
            return Boolean.FALSE;
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
