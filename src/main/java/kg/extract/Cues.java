package kg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Phrases of the genre that several extractors read. */
final class Cues {
    /** X课题组, X团队, X教授研究团队, X和Y联合团队: group NAME is the person the group is named after. */
    static final Pattern GROUP = Pattern.compile("(?:(?:副|助理|讲席)?教授|研究员|院士|老师)?(?:联合)?(?:研究团队|课题组|团队|研究组)");

    private Cues() {
    }

    /** The person whose group a sentence credits (the first 'X课题组' in it), or null. */
    static String groupLeader(ItemText.Sentence s) {
        for (MentionReader.Located n : s.names()) {
            Matcher g = GROUP.matcher(s.text());
            g.region(n.end(), s.text().length());
            if (g.lookingAt()) {
                return n.name();
            }
        }
        return null;
    }
}
