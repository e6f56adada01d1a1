package kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who leads and works in an item's projects, by the genre's cues: a role before a list of names
 * (项目负责人X, 首席科学家X, 课题负责人A、B, 项目组成员A、B, 主要完成人：A、B、C), a role after one (X任项目负责人),
 * a verb before a project's quoted title (X主持的“…”, X作为骨干参与的“…”项目), and 由A、B等领衔 after it.
 */
final class ProjectCredits {
    /** Cues before the project's leader; the first name after them leads the item's main project(s). */
    private static final Pattern LEADER_BEFORE = Pattern.compile("(?:项目|任务)?首席科学家|项目负责人|项目首席|项目主持人");
    /** Cues after the leader: X任项目负责人, X担任首席科学家. */
    private static final Pattern LEADER_AFTER = Pattern.compile("(?:任|担任|为)(?:该)?(?:项目负责人|(?:项目)?首席科学家|项目首席|项目主持人)");
    /** Cues before the people who work in the main project: its parts' leaders, its members, its completers. */
    private static final Pattern MEMBERS_BEFORE = Pattern.compile(
            "(?:子课题|课题|专题|任务|子项目)负责人|项目(?:组)?(?:主要)?成员|(?:项目|核心|研究)?骨干(?:成员)?|项目参与人|主要完成人|完成人");
    /** 主要完成人 lists its people in order: the first is the leader when nobody else is named as one. */
    private static final Pattern COMPLETERS = Pattern.compile("(?:主要)?完成人");
    /** A verb before a project's title saying what the names before it did in it. */
    private static final Pattern ROLE_VERB = Pattern.compile(
            "(?:作为[^，,；;。“”]{0,16}?)?(?:共同)?(主持|负责|牵头|领衔|参与|参加|承担|完成)(?!人|单位)(?:完成)?(?:了|的)?");
    /** “题目”项目由A、B等领衔 / 由A主持. */
    private static final Pattern LED_BY_AFTER = Pattern.compile("^[”\"]?(?:项目|成果|课题)?(?:成果)?由");
    /** 该项目由A、B等领衔: a sentence that opens on the item's project. */
    private static final Pattern MAIN_LED_BY = Pattern.compile("^(?:该|此|这一|这个)?(?:项目|成果|课题)(?:成果)?由");
    private static final Pattern LED_VERB = Pattern.compile("(?:等)?(?:人)?(?:共同)?(领衔|主持|负责|牵头|完成)");
    /** A project's part with its leader: 课题一“题目”，负责人为X. */
    private static final Pattern PART = Pattern.compile(
            "(?:子课题|课题|专题|子项目)\\s*([一二三四五六七八九十]+|\\d+)\\s*[：:]?\\s*[“\"]([^”\"]{4,80})[”\"]\\s*[，,]?\\s*(?:的)?(?:课题)?负责人(?:为|是|：|:)?");
    /** A project named by its number within a programme: 项目四“题目”, 联合攻关项目二“题目”. */
    private static final Pattern NUMBERED = Pattern.compile(
            "项目\\s*([一二三四五六七八九十]+|\\d+)\\s*[：:]?\\s*[“\"]([^”\"]{4,80})[”\"]");
    /** A quoted title that the next word makes a project or an achievement. */
    private static final Pattern QUOTED_PROJECT = Pattern.compile(
            "[“\"]([^”\"]{4,80})[”\"]\\s*(?=(?:重大|重点|面上|青年|二级|一级)?(?:项目|成果|课题))");

    /** An English project title in quotes beside the word project. */
    private static final Pattern EN_PROJECT = Pattern.compile(
            "(?i:project)\\s*[“\"]([^”\"]{4,160})[”\"]|[“\"]([^”\"]{4,160})[”\"]\\s*(?i:project)");
    /** NAME, the project leader ; project leader Dr. NAME ; led by Prof. NAME. */
    private static final Pattern EN_LEADER_AFTER = Pattern.compile(
            "^\\s*,\\s*(?:the\\s+)?(?:project leader|principal investigator|chief scientist|project PI)\\b");
    private static final Pattern EN_LEADER_BEFORE = Pattern.compile(
            "(?:project leader|principal investigator|chief scientist|led by)\\s*,?\\s*(?:(?:Dr|Prof|Professor)\\.?\\s*)?$");

    private ProjectCredits() {
    }

    /** Projects the item names by quoted titles the old frames did not see, and its parts. */
    static void findTitled(ItemText t, List<ProjectDraft> projects) {
        for (ItemText.Sentence s : t.sentences) {
            Matcher n = NUMBERED.matcher(s.text());
            while (n.find()) {
                ProjectExtractor.find(projects, n.group(2), null, t, s);
            }
            Matcher q = QUOTED_PROJECT.matcher(s.text());
            while (q.find()) {
                int before = projects.size();
                ProjectDraft d = ProjectExtractor.find(projects, q.group(1), null, t, s);
                d.achievement = projects.size() > before && s.text().startsWith("成果", q.end());
            }
            Matcher en = EN_PROJECT.matcher(s.text());
            while (en.find()) {
                ProjectExtractor.find(projects, en.group(1) != null ? en.group(1) : en.group(2), null, t, s);
            }
            Matcher p = PART.matcher(s.text());
            while (p.find()) {
                ProjectDraft d = ProjectExtractor.find(projects, p.group(2), null, t, s);
                d.part = true;
                List<String> who = NameList.startingAt(s, p.end());
                if (!who.isEmpty()) {
                    d.leaders.add(who.get(0));
                }
            }
        }
    }

    /** Fills in the people of the item's projects. */
    static void credit(ItemText t, List<ProjectDraft> projects) {
        for (ItemText.Sentence s : t.sentences) {
            for (ProjectDraft d : projects) {
                if (d.title != null) {
                    aroundTitle(s, d);
                }
            }
        }
        ProjectDraft main = projects.stream().filter(d -> !d.part).findFirst().orElse(null);
        if (main == null) {
            return;
        }
        for (ItemText.Sentence s : t.sentences) {
            String text = s.text();
            ProjectDraft current = current(projects, t, s, main, false);
            ProjectDraft completed = current(projects, t, s, main, true);
            List<ProjectDraft> named = namedWith(projects, current);
            Matcher lb = LEADER_BEFORE.matcher(text);
            while (lb.find()) {
                List<String> who = NameList.startingAt(s, lb.end());
                if (!who.isEmpty()) {
                    named.forEach(h -> h.leaders.add(who.get(0)));
                }
            }
            Matcher la = LEADER_AFTER.matcher(text);
            while (la.find()) {
                List<String> who = NameList.endingAt(s, la.start());
                if (!who.isEmpty()) {
                    named.forEach(h -> h.leaders.add(who.get(who.size() - 1)));
                }
            }
            Matcher opens = MAIN_LED_BY.matcher(text);
            if (opens.lookingAt()) {
                ledBy(s, main, opens.end());
            }
            for (MentionReader.Located n : s.names()) {
                if (EN_LEADER_AFTER.matcher(text.substring(n.end())).lookingAt()
                        || EN_LEADER_BEFORE.matcher(text.substring(Math.max(0, n.start() - 40), n.start())).find()) {
                    named.forEach(h -> h.leaders.add(n.name()));
                }
            }
            Matcher mb = MEMBERS_BEFORE.matcher(text);
            while (mb.find()) {
                List<String> who = NameList.startingAt(s, mb.end());
                if (who.isEmpty()) {
                    continue;
                }
                boolean completers = COMPLETERS.matcher(mb.group()).matches();
                ProjectDraft to = completers ? completed : current;
                if (completers && to.leaders.isEmpty()) {
                    to.leaders.add(who.get(0));
                }
                to.members.addAll(who);
            }
        }
        for (ProjectDraft d : projects) {
            if (d.part) {
                main.members.addAll(d.leaders);
            }
        }
    }

    /**
     * The project a list of people in this sentence belongs to: the last one, not a part of another, named up
     * to this sentence (主要完成人 follows the achievement it completed), else the main one.
     */
    private static ProjectDraft current(List<ProjectDraft> projects, ItemText t, ItemText.Sentence s, ProjectDraft main,
                                        boolean completers) {
        ProjectDraft best = main;
        int bestAt = -1;
        int here = t.sentences.indexOf(s);
        for (ProjectDraft d : projects) {
            if (d.part || d.achievement && !completers) {
                continue;
            }
            int at = -1;
            for (int i = 0; i <= here; i++) {
                if (t.sentences.get(i).text().equals(d.evidence.sentence())) {
                    at = i;
                    break;
                }
            }
            if (at > bestAt) {
                best = d;
                bestAt = at;
            }
        }
        return best;
    }

    /** The projects named with this one, itself included (项目四“…”暨联合攻关项目二“…” share their leader). */
    private static List<ProjectDraft> namedWith(List<ProjectDraft> projects, ProjectDraft one) {
        List<ProjectDraft> out = new ArrayList<>();
        for (ProjectDraft d : projects) {
            if (d == one || !d.part && !one.part && d.evidence.equals(one.evidence)) {
                out.add(d);
            }
        }
        return out;
    }

    /** X主持的“题目”, X作为核心骨干参与的，由…完成的“题目”项目; “题目”项目由A、B等领衔. */
    private static void aroundTitle(ItemText.Sentence s, ProjectDraft d) {
        String text = s.text();
        for (int at = text.indexOf(d.title); at >= 0; at = text.indexOf(d.title, at + 1)) {
            int open = at - 1;
            if (open < 0 || "“\"".indexOf(text.charAt(open)) < 0) {
                continue;
            }
            before(s, d, open);
            after(s, d, at + d.title.length());
        }
    }

    private static void before(ItemText.Sentence s, ProjectDraft d, int open) {
        String text = s.text();
        int segment = Math.max(Math.max(text.lastIndexOf('；', open), text.lastIndexOf(';', open)), text.lastIndexOf('。', open)) + 1;
        String head = text.substring(segment, open);
        Matcher v = ROLE_VERB.matcher(head);
        List<int[]> verbs = new ArrayList<>();
        while (v.find()) {
            verbs.add(new int[] {v.start(), v.end(), v.start(1), v.end(1)});
        }
        // the nearest verb with names before it (X作为骨干参与的，由…等单位完成的“…”: X took part)
        for (int i = verbs.size() - 1; i >= 0; i--) {
            int[] m = verbs.get(i);
            if (head.substring(m[1]).matches(".*[“\"”].*")) {
                return; // another title stands between the verb and this one
            }
            List<String> who = NameList.endingAt(s, segment + m[0]);
            if (who.isEmpty()) {
                continue;
            }
            String verb = head.substring(m[2], m[3]);
            if (verb.equals("参与") || verb.equals("参加") || verb.equals("完成")) {
                d.members.addAll(who);
            } else if (!verb.equals("承担")) {
                d.leaders.addAll(who);
            }
            return;
        }
    }

    private static void after(ItemText.Sentence s, ProjectDraft d, int close) {
        String text = s.text();
        Matcher by = LED_BY_AFTER.matcher(text.substring(close));
        if (!by.lookingAt()) {
            return;
        }
        ledBy(s, d, close + by.end());
    }

    /** 由A、B等领衔 from {@code from} on: leaders (members when they only 完成 it). */
    private static void ledBy(ItemText.Sentence s, ProjectDraft d, int from) {
        String text = s.text();
        int stop = from;
        while (stop < text.length() && "，,；;。".indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        Matcher led = LED_VERB.matcher(text.substring(from, stop));
        if (!led.find()) {
            return;
        }
        List<String> who = NameList.startingAt(s, from).stream()
                .filter(n -> text.indexOf(n, from) >= 0 && text.indexOf(n, from) < from + led.start()).toList();
        if (led.group(1).equals("完成")) {
            d.members.addAll(who);
        } else {
            d.leaders.addAll(who);
        }
    }
}
