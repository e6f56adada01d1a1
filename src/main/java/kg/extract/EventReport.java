package kg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence of an item that reports an event taking place, and what kind of event it names. The genre says
 * it in a few ways: the event as subject ({@code …论证会在广州顺利召开}, {@code 启动会在线上举行}), a host holding
 * it ({@code 气科院召开2014年工作会议}, {@code 在近日举行的…大会上}), someone attending it ({@code 在云南大理参加…年会}),
 * a visit ({@code …一行访问…}) or a panel convened ({@code 组织专家…进行了评审}).
 */
final class EventReport {
    /** An event's name: what the verb of taking place follows or precedes. */
    private static final String EVENT_NOUN = "(?:会|会议|论坛|讲坛|沙龙|讲座|典礼|仪式|开幕式|活动|workshop)";
    private static final String CLOSE = "[”\"》）)]?";
    private static final Pattern HELD = Pattern.compile(
            EVENT_NOUN + CLOSE + "(?:[^，。；,;]{0,32}?)(?:顺利|隆重|成功|正式)?(?:召开|举行|举办|开幕|开班)(?!的)");
    private static final Pattern HOLDS = Pattern.compile(
            "(?:召开|举行|举办|主办|承办)(?:了|的)?[^，。；,;]{0,40}?" + EVENT_NOUN + "(?![员长])");
    private static final Pattern ATTENDS = Pattern.compile(
            "(?:参加|出席)(?:了)?[^，。；,;]{0,40}?" + EVENT_NOUN + "(?![员长])");
    /** Speaking at one: 在国际冻土大会上作特邀报告. */
    private static final Pattern SPEAKS_AT = Pattern.compile(
            "在[^，。；]{0,40}?(?:会|论坛|讲坛|沙龙|workshop)[”\"》]?上(?:作|做|进行)(?:了)?[^，。；]{0,40}?(?:报告|发言|讲座|演讲)");
    private static final Pattern VISITS = Pattern.compile(
            "(?<![可供免费在线])(?:访问|来访|到访|莅临)(?!学者|教授|研究员|学生|期间|量|地址|网址|链接|页面|数据|权限)");
    /** The same in English: the 2018 Annual Meeting was held, the department hosted its Opening Ceremony. */
    private static final String EVENT_NOUN_EN = "(?:meeting|ceremony|workshop|seminar|symposium|forum|conference|lecture|colloquium|salon|kick-off|launch)s?\\b";
    private static final Pattern HELD_EN = Pattern.compile(
            "\\b" + EVENT_NOUN_EN + "[^.;]{0,60}?\\b(?:was|were)\\s+(?:successfully\\s+)?(?:held|hosted|convened|opened|launched)\\b"
                    + "|\\b(?:held|hosted|convened|organi[sz]ed)\\s+(?:its|the|a|an|their)?[^.;]{0,80}?\\b" + EVENT_NOUN_EN
                    + "|\\battended\\s+(?:the|a|an)\\b[^.;]{0,80}?\\b" + EVENT_NOUN_EN,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VISITS_EN = Pattern.compile("\\b(?:visited|paid a visit to)\\b");
    private static final Pattern PANEL = Pattern.compile("组织(?:专家|专家组)[^，。；]{0,40}?(?:评审|考核|论证|验收|评估)");

    /** A sentence that reports an event, the kind of event it names, and where the naming phrase stands. */
    record Found(ItemText.Sentence sentence, int index, EventType type, int start, int end) {
    }

    private EventReport() {
    }

    /** The first sentence of the item that reports an event, or null. */
    static Found first(List<ItemText.Sentence> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            Found f = in(sentences.get(i), i);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static Found in(ItemText.Sentence s, int index) {
        String text = s.text();
        for (Pattern p : List.of(HELD, HOLDS, ATTENDS, SPEAKS_AT, HELD_EN)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                EventType type = EventExtractor.typeOf(phrase(text, m));
                return new Found(s, index, type == null ? EventType.MEETING : type, m.start(), m.end());
            }
        }
        for (Pattern p : List.of(VISITS, VISITS_EN)) {
            Matcher v = p.matcher(text);
            if (v.find()) {
                return new Found(s, index, EventType.VISIT, v.start(), v.end());
            }
        }
        Matcher p = PANEL.matcher(text);
        if (p.find()) {
            return new Found(s, index, EventType.MEETING, p.start(), p.end());
        }
        return null;
    }

    /** The clause that names the event: from the clause's start to the end of the match. */
    private static String phrase(String text, Matcher m) {
        int from = m.start();
        while (from > 0 && "，。；,;".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return text.substring(from, m.end());
    }
}
