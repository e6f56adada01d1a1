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
    /** A programme's kind of project before the quoted title: 国家自然科学基金重大项目(A类)“题目”, 联合基金重点支持项目“题目”. */
    private static final Pattern PROGRAMME_PROJECT = Pattern.compile(
            "([^，。；,;“”]{0,24}?(?:计划|基金|专项)[^，。；,;“”]{0,14}?项目(?:[（(][^）)]{1,8}[）)])?)\\s*[“\"]([^”\"]{4,80})[”\"]");
    private static final Pattern LEADS = Pattern.compile("(?:主持|牵头|负责)(?:的|了)?");
    private static final Pattern WON = Pattern.compile(
            "获(?:得|批)?(?:了)?(?:首批|首届|第[一二三四五六七八九十\\d]+批)?([^，。；、“”]{4,40}?项目|[^，。；、“”]{4,40}?基金(?![^，。；、“”]*项目))(?:资助)?");

    List<ProjectFact> extract(ItemText t) {
        List<ProjectDraft> projects = new ArrayList<>();
        for (ItemText.Sentence s : t.sentences) {
            String text = s.text();
            Matcher pt = PROGRAMME_TITLE.matcher(text);
            while (pt.find()) {
                ProjectDraft d = find(projects, pt.group(2), null, t, s);
                d.programme = d.programme == null ? clean(pt.group(1)).replaceFirst("^[^“”]*的", "") : d.programme;
                Matcher lead = LEADS.matcher(text);
                if (lead.find() && lead.start() < pt.start(2)) {
                    List<String> who = s.namesBetween(0, lead.start());
                    if (!who.isEmpty()) {
                        d.leaders.add(who.get(who.size() - 1));
                    }
                }
            }
            Matcher pp = PROGRAMME_PROJECT.matcher(text);
            while (pp.find()) {
                ProjectDraft d = find(projects, pp.group(2), null, t, s);
                d.programme = d.programme == null ? clean(pp.group(1)).replaceFirst("^.*?\\d+日", "") : d.programme;
            }
            Matcher code = CODE.matcher(text);
            while (code.find()) {
                if (code.group(1) == null && code.group(2) == null) {
                    continue; // a number in parentheses, not after a project's name
                }
                String title = code.group(1);
                ProjectDraft d = find(projects, title, code.group(3), t, s);
                d.code = code.group(3);
                if (title == null && d.programme == null) {
                    d.programme = clean(code.group(2));
                }
            }
            Matcher won = WON.matcher(text);
            while (won.find()) {
                List<String> who = s.namesBetween(0, won.start());
                if (who.isEmpty() || text.substring(0, won.start()).matches(".*(?:得到|受到|资助).*")
                        || text.substring(0, won.start()).matches(".*[”\"](?:项目|成果|课题)\\s*$")) {
                    // 获 after a quoted project: the project wins it, it is no grant a person won
                    continue;
                }
                String title = clean(won.group(1));
                ProjectDraft d = find(projects, title, null, t, s);
                d.programme = d.programme == null ? programmeOf(title) : d.programme;
                d.leaders.add(who.get(who.size() - 1));
            }
        }
        ProjectCredits.findTitled(t, projects);
        ProjectCredits.credit(t, projects);
        return projects.stream().map(ProjectDraft::build).toList();
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

    static ProjectDraft find(List<ProjectDraft> projects, String title, String code, ItemText t, ItemText.Sentence s) {
        for (ProjectDraft d : projects) {
            if (code != null && code.equals(d.code) || title != null && d.title != null && norm(title).equals(norm(d.title))) {
                return d;
            }
        }
        ProjectDraft d = new ProjectDraft(title == null ? null : title.strip(), t.evidence(s));
        projects.add(d);
        return d;
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s‘’“”'\"]", "");
    }
}
