package kg.extract;

import java.util.regex.Pattern;

/** Phrases of the genre that several extractors read. */
final class Cues {
    /** X课题组, X团队, X教授研究团队, X和Y联合团队: group NAME is the person the group is named after. */
    static final Pattern GROUP = Pattern.compile("(?:(?:副|助理|讲席)?教授|研究员|院士|老师)?(?:联合)?(?:研究团队|课题组|团队|研究组)");

    private Cues() {
    }
}
