package kg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.segment.DateFinder;

/**
 * Reads the event an item reports: an item with a date whose headline names a visit, talk, ceremony,
 * meeting or activity. Everyone the item names takes part, except those named only as the head of someone's
 * group; speakers (X作主讲人, X作分享, 邀请 … X进行分享, … 分别汇报) and hosts (X主持) are marked as such.
 */
final class EventExtractor {
    private static final Map<EventType, Pattern> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(EventType.TALK, Pattern.compile("沙龙|讲座|报告会|学术报告|论坛|讲坛|研讨课|seminar", Pattern.CASE_INSENSITIVE));
        KINDS.put(EventType.VISIT, Pattern.compile("访问|到访|来访|莅临|考察|调研"));
        KINDS.put(EventType.CEREMONY, Pattern.compile("典礼|仪式|颁奖|开幕式|闭幕式"));
        KINDS.put(EventType.MEETING, Pattern.compile("会议|会$|会”|交流会|座谈|研讨会|论证会|评议会|启动|召开|年会|工作会"));
        KINDS.put(EventType.ACTIVITY, Pattern.compile("活动|健步走|徒步|参观|团建|比赛|运动会|志愿"));
    }

    /** What a speaker does; the speaker is the nearest name before it, with the names listed along with it. */
    private static final Pattern SPEAKS = Pattern.compile(
            "(?:作为|作)(?:主讲人|主讲嘉宾|报告人)|作(?:了)?(?:题为\\s*[“\"《][^”\"》]*[”\"》]\\s*的)?(?:学术|专题|主题|特邀|总结)?(?:报告|分享|讲座|发言|讲话)"
                    + "|进行(?:了)?(?:分享|报告|汇报|主题发言)");
    private static final Pattern LIST_GLUE = Pattern.compile("^[、和及与]|^\\s*(?:以及|和|及|与|、)");
    private static final Pattern SPEAKER_BEFORE = Pattern.compile("(?:主讲人|报告人|主讲嘉宾)(?:为|是)?\\s*$");
    private static final Pattern REPORTED = Pattern.compile("分别(?:从[^，。]*方面)?(?:汇报|介绍|报告)");
    private static final Pattern HAPPENED = Pattern.compile(
            "举办|举行|召开|开展|组织|访问|到访|来访|莅临|启动|开幕|会见|接待|参加|出席");
    private static final Pattern HOST = Pattern.compile("^\\s*(?:[^，。]{0,6})?主持");
    private static final Pattern LOCATION = Pattern.compile(
            "(?:在|于|赴|到)\\s*([^，。；、“”]{0,28}?(?:楼|厅|室|馆|中心|园|大学|学院|研究院|\\d{3,4}|[A-Z]\\d{3,4}|北京|上海|广州|深圳|[^\\s，。]{2,6}(?:市|省)))\\s*(?:与[^，。；]{0,8}?)?(?:举办|举行|召开|开展|会见|接待|热情接待|进行|开幕|座谈|会谈|交流|作(?:了)?(?:题为|学术|专题|主题|特邀|报告|讲座))");

    List<EventFact> extract(ItemText t, List<GroupFact> groups) {
        if (t.item.date() == null) {
            return List.of();
        }
        EventType type = typeOf(t.item.title());
        if (type == null) {
            return List.of();
        }
        Map<String, EventRole> people = new LinkedHashMap<>();
        ItemText.Sentence lead = t.sentences.isEmpty() ? t.title : t.sentences.get(0);
        String location = null;
        for (ItemText.Sentence s : t.sentences) {
            if (location == null) {
                Matcher loc = LOCATION.matcher(s.text());
                for (int from = 0; location == null && from < s.text().length() && loc.find(from); from = loc.start() + 1) {
                    if (!loc.group(1).matches(".*(?:\\d+\\s*[年月日]|[在于]).*")) {
                        location = loc.group(1).replaceAll("\\s+", "");
                    }
                }
            }
            Matcher reported = REPORTED.matcher(s.text());
            int reportedAt = reported.find() ? reported.start() : -1;
            List<String> speakers = speakers(s);
            for (MentionReader.Located n : s.names()) {
                String after = s.text().substring(n.end());
                String before = s.text().substring(0, n.start());
                EventRole role = EventRole.PARTICIPANT;
                if (speakers.contains(n.name()) || SPEAKER_BEFORE.matcher(before).find()
                        || reportedAt > n.end() && !s.text().substring(n.end(), reportedAt).contains("。")) {
                    role = EventRole.SPEAKER;
                } else if (HOST.matcher(after).find()) {
                    role = EventRole.HOST;
                } else if (Cues.GROUP.matcher(after).lookingAt()) {
                    continue; // named as the head of a group, not as someone present
                }
                people.merge(n.name(), role, EventExtractor::stronger);
            }
        }
        for (GroupFact g : groups) {
            if (!people.containsKey(g.leader())) {
                continue;
            }
            boolean onlyAsLeader = t.sentences.stream().flatMap(s -> s.names().stream()
                    .filter(n -> n.name().equals(g.leader()))
                    .map(n -> Cues.GROUP.matcher(s.text().substring(n.end())).lookingAt())).allMatch(b -> b);
            if (onlyAsLeader) {
                people.remove(g.leader());
            }
        }
        List<EventParticipant> list = new ArrayList<>();
        people.forEach((n, r) -> list.add(new EventParticipant(n, r)));
        return List.of(new EventFact(type, t.item.title(), date(t), location, list, t.evidence(lead)));
    }

    /**
     * The date of the sentence that reports the event happening (…举办/召开/访问…), else the item's date: a web
     * article's date line is when it was posted, not when the event took place.
     */
    private static LocalDate date(ItemText t) {
        Integer year = t.item.date() == null ? null : t.item.date().getYear();
        for (ItemText.Sentence s : t.sentences) {
            if (HAPPENED.matcher(s.text()).find()) {
                Optional<LocalDate> d = DateFinder.first(s.text(), year);
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        return t.item.date();
    }

    /** The people a sentence says speak: the nearest name before each speaking phrase, and its list-mates. */
    private static List<String> speakers(ItemText.Sentence s) {
        List<String> out = new ArrayList<>();
        Matcher m = SPEAKS.matcher(s.text());
        while (m.find()) {
            List<MentionReader.Located> before = s.names().stream().filter(n -> n.end() <= m.start()).toList();
            if (before.isEmpty()) {
                continue;
            }
            int i = before.size() - 1;
            String gap = s.text().substring(before.get(i).end(), m.start());
            String lastClause = gap.substring(Math.max(gap.lastIndexOf('，'), gap.lastIndexOf(',')) + 1);
            boolean sameSubject = !gap.matches(".*[，,].*") || lastClause.matches("^\\s*(?:并|随后|还|又|同时|之后|继而).*");
            if (!sameSubject || gap.contains("。") || gap.length() > 60) {
                continue;
            }
            out.add(before.get(i).name());
            while (i > 0 && LIST_GLUE.matcher(s.text().substring(before.get(i - 1).end(), before.get(i).start())
                    .replaceFirst("^(?:副|助理)?(?:教授|研究员|博士生|博士后|硕士生|院士|老师|同学)", "")).find()) {
                i--;
                out.add(before.get(i).name());
            }
        }
        return out;
    }

    static EventType typeOf(String headline) {
        for (Map.Entry<EventType, Pattern> e : KINDS.entrySet()) {
            if (e.getValue().matcher(headline).find()) {
                return e.getKey();
            }
        }
        return null;
    }

    private static EventRole stronger(EventRole a, EventRole b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
