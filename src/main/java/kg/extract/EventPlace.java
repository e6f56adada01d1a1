package kg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where an event took place, as printed without spaces. */
final class EventPlace {
    private static final Pattern LOCATION = Pattern.compile(
            "(?:在|于|赴|到)\\s*([^，。；、“”]{0,28}?(?:楼|厅|室|馆|中心|园|大学|学院|研究院|\\d{3,4}|[A-Z]\\d{3,4}|北京|上海|广州|深圳|[^\\s，。]{2,6}(?:市|省)))\\s*(?:与[^，。；]{0,8}?)?(?:举办|举行|召开|开展|会见|接待|热情接待|进行|开幕|座谈|会谈|交流|作(?:了)?(?:题为|学术|专题|主题|特邀|报告|讲座))");

    /** Where an event named as subject was held: …会在广州顺利召开, …会议在京以线上线下相结合的形式召开. */
    private static final Pattern PLACE_HELD = Pattern.compile(
            "(?:会|会议|论坛|典礼|仪式|活动)[”\"》]?(?:[^，。；]{0,4})?在([^，。；、“”\\s]{1,14}?)(?:以[^，。；]{0,16}(?:形式|方式))?(?:顺利|隆重|成功|正式)?(?:召开|举行|举办)"
                    + "|在([^，。；、“”\\s]{2,8}?)(?:参加|出席)(?:了)?[^，。；]{0,30}?(?:会|论坛|典礼|仪式)"
                    + "|组织专家(?:组)?在([^，。；、“”\\s]{2,10}?)对");

    private EventPlace() {
    }

    /** The place an event named as subject was held in, else the first place something happened at, or null. */
    static String of(ItemText t) {
        for (ItemText.Sentence s : t.sentences) {
            Matcher held = PLACE_HELD.matcher(s.text());
            if (held.find()) {
                return held.group(1) != null ? held.group(1) : held.group(2) != null ? held.group(2) : held.group(3);
            }
        }
        for (ItemText.Sentence s : t.sentences) {
            Matcher loc = LOCATION.matcher(s.text());
            for (int from = 0; from < s.text().length() && loc.find(from); from = loc.start() + 1) {
                if (!loc.group(1).matches(".*(?:\\d+\\s*[年月日]|[在于]).*")) {
                    return loc.group(1).replaceAll("\\s+", "");
                }
            }
        }
        return null;
    }
}
