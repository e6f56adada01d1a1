package kg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads funded projects: a grant number in parentheses after a project's name (“题目”项目（2023YFC3000000）,
 * 国家自然科学基金专项项目（42275001）), the programme a quoted project title follows (国家重点研发计划“…”重点专项),
 * its leader (X主持的, 项目负责人X, X获…项目) and the sub-project leaders who report on it (课题负责人 A、B …).
 */
final class ProjectExtractor {
    private static final Pattern CODE = Pattern.compile(
            "(?:[“\"]([^”\"]{4,80})[”\"])?([^，。；（(“”]{0,30}?(?:项目|课题|基金|专项|计划))?\\s*[（(]\\s*(?:项目编号|批准号|编号)?[:：]?\\s*([A-Z]{0,4}\\d{4}[A-Z0-9\\-]{3,}|\\d{8})\\s*[）)]");
    private static final Pattern PROGRAMME_TITLE = Pattern.compile(
            "((?:[“\"][^”\"]{1,10}[”\"])?[^，。；“”]{0,20}?(?:计划|基金)(?:[“\"][^”\"]{2,30}[”\"])?(?:重点专项|专项|重大项目|重点项目)?)\\s*[“\"]([^”\"]{4,80})[”\"]\\s*(?:项目|(?=[（(]\\s*[A-Z0-9]))");
    private static final Pattern LEADS = Pattern.compile("(?:主持|牵头|负责)(?:的|了)?");
    private static final Pattern WON = Pattern.compile(
            "获(?:得|批)?(?:了)?(?:首批|首届|第[一二三四五六七八九十\\d]+批)?([^，。；、“”]{4,40}?项目|[^，。；、“”]{4,40}?基金(?![^，。；、“”]*项目))(?:资助)?");
    private static final Pattern NAMED_LEADER = Pattern.compile("项目负责人(?:为|是|：|:)?");
    private static final Pattern SUB_LEADERS = Pattern.compile("(?:课题|子课题|项目)负责人");

    List<ProjectFact> extract(ItemText t) {
        List<Draft> projects = new ArrayList<>();
        for (ItemText.Sentence s : t.sentences) {
            String text = s.text();
            Matcher pt = PROGRAMME_TITLE.matcher(text);
            while (pt.find()) {
                Draft d = find(projects, pt.group(2), null, t, s);
                d.programme = d.programme == null ? clean(pt.group(1)).replaceFirst("^[^“”]*的", "") : d.programme;
                Matcher lead = LEADS.matcher(text);
                if (lead.find() && lead.start() < pt.start(2)) {
                    List<String> who = s.namesBetween(0, lead.start());
                    if (!who.isEmpty()) {
                        d.leaders.add(who.get(who.size() - 1));
                    }
                }
            }
            Matcher code = CODE.matcher(text);
            while (code.find()) {
                if (code.group(1) == null && code.group(2) == null) {
                    continue; // a number in parentheses, not after a project's name
                }
                String title = code.group(1);
                Draft d = find(projects, title, code.group(3), t, s);
                d.code = code.group(3);
                if (title == null && d.programme == null) {
                    d.programme = clean(code.group(2));
                }
            }
            Matcher won = WON.matcher(text);
            while (won.find()) {
                List<String> who = s.namesBetween(0, won.start());
                if (who.isEmpty() || text.substring(0, won.start()).matches(".*(?:得到|受到|资助).*")) {
                    continue;
                }
                String title = clean(won.group(1));
                Draft d = find(projects, title, null, t, s);
                d.programme = d.programme == null ? programmeOf(title) : d.programme;
                d.leaders.add(who.get(who.size() - 1));
            }
        }
        if (!projects.isEmpty()) {
            namedLeader(t, projects.get(0));
            subProjectLeaders(t, projects.get(0));
        }
        return projects.stream().map(Draft::build).toList();
    }

    /** 项目负责人为 X: the first name after it leads the item's project. */
    private static void namedLeader(ItemText t, Draft main) {
        for (ItemText.Sentence s : t.sentences) {
            Matcher m = NAMED_LEADER.matcher(s.text());
            if (m.find()) {
                int end = s.text().indexOf('，', m.end());
                List<String> names = s.namesBetween(m.end(), end < 0 ? s.text().length() : end);
                if (!names.isEmpty()) {
                    main.leaders.add(names.get(0));
                }
            }
        }
    }

    /** 课题负责人 A、B、C 分别汇报…: the people who lead the project's parts. */
    private static void subProjectLeaders(ItemText t, Draft main) {
        for (ItemText.Sentence s : t.sentences) {
            Matcher m = SUB_LEADERS.matcher(s.text());
            if (m.find()) {
                int end = s.text().indexOf("分别", m.end());
                List<String> names = s.namesBetween(m.end(), end < 0 ? s.text().length() : end);
                if (names.size() >= 1 && !s.text().startsWith("课题负责人作")) {
                    main.members.addAll(names);
                }
            }
        }
        main.members.addAll(main.leaders);
    }

    private static String programmeOf(String title) {
        Matcher m = Pattern.compile("^(.*?(?:基金|计划))").matcher(title);
        return m.find() ? m.group(1) : null;
    }

    private static String clean(String s) {
        return s == null ? null : s.replaceAll("\\s+", "")
                .replaceFirst("^.*?(?:受到|得到|获得|来自|依托)(?:了)?", "")
                .replaceFirst("^(?:的|了|和|与|及|等)", "");
    }

    private static Draft find(List<Draft> projects, String title, String code, ItemText t, ItemText.Sentence s) {
        for (Draft d : projects) {
            if (code != null && code.equals(d.code) || title != null && d.title != null && norm(title).equals(norm(d.title))) {
                return d;
            }
        }
        Draft d = new Draft(title == null ? null : title.strip(), t.evidence(s));
        projects.add(d);
        return d;
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s‘’“”'\"]", "");
    }

    private static final class Draft {
        final String title;
        final Evidence evidence;
        final Set<String> leaders = new LinkedHashSet<>();
        final Set<String> members = new LinkedHashSet<>();
        String code;
        String programme;

        Draft(String title, Evidence evidence) {
            this.title = title;
            this.evidence = evidence;
        }

        ProjectFact build() {
            return new ProjectFact(title, code, programme, List.copyOf(leaders), List.copyOf(members), evidence);
        }
    }
}
