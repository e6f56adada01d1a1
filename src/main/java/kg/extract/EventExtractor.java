package kg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the event an item reports, one an item: the event its headline names (a visit, talk, ceremony, meeting
 * or activity), else the one its body reports ({@link EventReport}). When the item is about the event, everyone
 * it names takes part, except those named only as the head of someone's group, in the byline, or only in
 * another frame (an award, a paper); when the event is an aside, only those the reporting sentence has taking
 * part. Speakers (X作主讲人, X作分享, X致辞, … 分别汇报) and hosts (X主持, 主持会议的是X) are marked as such.
 */
final class EventExtractor {
    private static final Map<EventType, Pattern> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(EventType.TALK, Pattern.compile("沙龙|讲座|报告会|学术报告|论坛|讲坛|研讨课|seminar|\\blecture|\\bcolloquium|\\bsalon", Pattern.CASE_INSENSITIVE));
        KINDS.put(EventType.VISIT, Pattern.compile("访问|到访|来访|莅临|考察|调研|\\bvisit(?:s|ed)?\\b", Pattern.CASE_INSENSITIVE));
        KINDS.put(EventType.CEREMONY, Pattern.compile("典礼|仪式|颁奖|开幕式|闭幕式|\\bceremony", Pattern.CASE_INSENSITIVE));
        KINDS.put(EventType.MEETING, Pattern.compile(
                "会议|会$|会”|交流会|座谈|研讨会|论证会|评议会|启动|召开|年会|工作会|\\bmeeting|\\bworkshop|\\bsymposium|\\bconference|\\bforum",
                Pattern.CASE_INSENSITIVE));
        KINDS.put(EventType.ACTIVITY, Pattern.compile("活动|健步走|徒步|参观|团建|比赛|运动会|志愿"));
    }

    /** What a speaker does; the speaker is the nearest name before it, with the names listed along with it. */
    private static final Pattern SPEAKS = Pattern.compile(
            "(?:作为|作)(?:主讲人|主讲嘉宾|报告人)|[作做](?:了)?(?:题为\\s*[“\"《][^”\"》]*[”\"》]\\s*的)?(?:学术|专题|主题|特邀|邀请|大会|口头|总结|开场|工作)?(?:报告|分享|讲座|发言|讲话|汇报)"
                    + "|进行(?:了)?(?:分享|报告|汇报|主题发言)|致辞|致词|致欢迎词");
    private static final Pattern LIST_GLUE = Pattern.compile("^[、和及与]|^\\s*(?:以及|和|及|与|、)");
    private static final Pattern SPEAKER_BEFORE = Pattern.compile("(?:主讲人|报告人|主讲嘉宾)(?:为|是)?\\s*$");
    private static final Pattern REPORTED = Pattern.compile("(?:分别|相继|先后|依次)(?:从[^，。]*方面)?(?:汇报|介绍|报告|作)");
    private static final Pattern SETTING = Pattern.compile("在[^，。；]{0,10}(?:举行|召开|举办)的[^，。；]{2,40}?(?:会|典礼|仪式|论坛)上");
    /** 贯彻落实X院长在…会上的指示: someone quoted from another occasion, not present at this one. */
    private static final Pattern CITED = Pattern.compile("[^，。；]{0,8}?在[^，。；]{0,30}?(?:会|会议|大会|讲话)上的(?:指示|讲话|要求|部署|精神|批示)");
    /** English: X spoke / gave a talk; X chaired / opened the meeting; chaired by X (after an appositive ", the …,"). */
    private static final String APPOSITIVE_EN = "\\s*(?:,[^,.;]{0,80},\\s*)?";
    private static final Pattern SPEAKS_EN = Pattern.compile(APPOSITIVE_EN + "(?:spoke|gave|delivered|presented|made a speech)\\b");
    private static final Pattern HOSTS_EN = Pattern.compile(APPOSITIVE_EN + "(?:chaired|presided|hosted|opened|moderated)\\b");
    private static final Pattern HOSTED_BY_EN = Pattern.compile(
            "\\b(?:chaired|presided over|hosted|moderated) by\\s+(?:(?:Prof|Dr|Professor|Mr|Ms)\\.?\\s+)?$");
    /** 主持会议的是…副主任X: the host named after the role. */
    private static final Pattern HOST_BEFORE = Pattern.compile("主持(?:会议|报告会|仪式|活动|座谈)?的是[^，。；]{0,24}$");
    private static final Pattern HOST = Pattern.compile("^\\s*(?:[^，。]{0,6})?主持");
    /** Names in the byline or the credits of a web article (作者:X, 编辑:X): they wrote about the event. */
    private static final Pattern CREDIT_BEFORE = Pattern.compile(
            "(?:(?:作者|撰稿|供稿|编辑|责编|审核|摄影|通讯员|记者)\\s*[:：/]?|(?:文|图)\\s*[:：/])\\s*(?:[^，。\\s]{2,4}\\s+)*$");
    /** Another frame a sentence may name someone in (an award, a paper): not a sign of taking part. */
    private static final Pattern OTHER_FRAME = Pattern.compile("获得|荣获|获评|获批|获奖|入选|当选|发表|第一作者|通讯作者|授予|完成人");
    /** Taking part, said of the name before it in the same clause. */
    private static final Pattern TAKES_PART = Pattern.compile(
            "^[^，。；,;]{0,40}?(?:参加|出席|与会|主持|致辞|致词|讲话|发言|[作做](?:了)?[^，。；]{0,40}?(?:报告|汇报)|汇报|访问|来访)");

    List<EventFact> extract(ItemText t, List<GroupFact> groups) {
        EventType titled = typeOf(t.item.title() == null ? "" : t.item.title());
        EventReport.Found report = EventReport.first(t.sentences);
        if (titled == null && report == null) {
            return List.of();
        }
        boolean untitled = t.item.title() == null || t.item.title().isBlank();
        // The item is about the event when its headline names one, or when it has none and opens with one;
        // otherwise the event is an aside of a story about something else, and only those the reporting
        // sentence has taking part are its people.
        boolean aboutEvent = titled != null || untitled && report.index() == 0;
        EventType type = titled != null ? titled : report.type();
        Map<String, EventRole> people = aboutEvent ? everyone(t, groups) : takingPart(report.sentence());
        LocalDate date = EventDate.of(t, report, titled != null);
        if (!aboutEvent && date == null && people.isEmpty() && !SETTING.matcher(report.sentence().text()).find()) {
            // an aside that says neither when nor who (近日…颁奖典礼在…举行) is no event to record, unless the
            // story's own fact took place at it (在近日举行的…大会上，…荣获…)
            return List.of();
        }
        ItemText.Sentence lead = report != null ? report.sentence() : t.sentences.isEmpty() ? t.title : t.sentences.get(0);
        List<EventParticipant> list = new ArrayList<>();
        people.forEach((n, r) -> list.add(new EventParticipant(n, r)));
        return List.of(new EventFact(type, t.item.title(), date, EventPlace.of(t), list, t.evidence(lead)));
    }

    /** Everyone the item names, in the role the text gives them, but for those it names in another capacity. */
    private static Map<String, EventRole> everyone(ItemText t, List<GroupFact> groups) {
        Map<String, EventRole> people = new LinkedHashMap<>();
        Map<String, Boolean> elsewhere = new LinkedHashMap<>();
        for (ItemText.Sentence s : t.sentences) {
            Matcher reported = REPORTED.matcher(s.text());
            int reportedAt = reported.find() ? reported.start() : -1;
            List<String> speakers = speakers(s);
            boolean otherFrame = OTHER_FRAME.matcher(s.text()).find();
            for (MentionReader.Located n : s.names()) {
                String after = s.text().substring(n.end());
                String before = s.text().substring(0, n.start());
                if (CREDIT_BEFORE.matcher(before).find() || CITED.matcher(after).lookingAt()) {
                    continue;
                }
                EventRole role = EventRole.PARTICIPANT;
                if (speakers.contains(n.name()) || SPEAKER_BEFORE.matcher(before).find() || SPEAKS_EN.matcher(after).lookingAt()
                        || reportedAt > n.end() && !s.text().substring(n.end(), reportedAt).contains("。")) {
                    role = EventRole.SPEAKER;
                } else if (HOST.matcher(after).find() || HOSTS_EN.matcher(after).lookingAt() || HOSTED_BY_EN.matcher(before).find()
                        || HOST_BEFORE.matcher(before).find()) {
                    role = EventRole.HOST;
                } else if (Cues.GROUP.matcher(after).lookingAt()) {
                    continue; // named as the head of a group, not as someone present
                }
                boolean aside = otherFrame && !TAKES_PART.matcher(after).find() && role == EventRole.PARTICIPANT;
                elsewhere.merge(n.name(), aside, Boolean::logicalAnd);
                people.merge(n.name(), role, EventExtractor::stronger);
            }
        }
        elsewhere.forEach((n, aside) -> {
            if (aside) {
                people.remove(n);
            }
        });
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
        return people;
    }

    /** Those the sentence has attending, speaking at or hosting the event it mentions. */
    private static Map<String, EventRole> takingPart(ItemText.Sentence s) {
        Map<String, EventRole> people = new LinkedHashMap<>();
        List<String> speakers = speakers(s);
        for (MentionReader.Located n : s.names()) {
            String after = s.text().substring(n.end());
            if (speakers.contains(n.name())) {
                people.merge(n.name(), EventRole.SPEAKER, EventExtractor::stronger);
            } else if (HOST.matcher(after).find()) {
                people.merge(n.name(), EventRole.HOST, EventExtractor::stronger);
            } else if (TAKES_PART.matcher(after).find()) {
                people.merge(n.name(), EventRole.PARTICIPANT, EventExtractor::stronger);
            }
        }
        return people;
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
