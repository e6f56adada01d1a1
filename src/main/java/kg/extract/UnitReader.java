package kg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.segment.Item;
import kg.segment.SegmentedDocument;

/**
 * Finds the unit a document belongs to from its own words, strongest cue first: the department's newsletter
 * or its names; the text's self-references (我校, 我院, 我所, 本实验室 …), resolved to the unit of that kind the
 * text names; the host a speaker represents (代表依托单位, 承担单位); the unit that leads or hosts (由…牵头,
 * …为依托单位); the title's leading unit (or the host a title's visit goes to); the byline (…年报, 来源：…);
 * where the text's first sentence holds its event (在…召开).
 */
final class UnitReader {
    /** What may follow a unit that opens a title: a person, the unit's people, a count, a verb. */
    private static final Pattern TITLE_BOUNDARY = Pattern.compile(
            "^(?:$|教师|师生|学子|学生|团队|课题组|科研团队|研究团队|代表团|专家|[0-9一二三四五六七八九十第首]|[在与和、&＆获荣举召主承联发入牵成])");
    /** 我院, 本所 — not the 本 of 基本, 样本, 日本 … nor the 我 of 自我. */
    private static final Pattern SELF = Pattern.compile(
            "(?:(?<!自)我|(?<![基根成样文日资版标剧课书范账脚原蓝副读照])本)(实验室|中心|校|院|所|系|局)");
    /** Narrowest first: a college's text says 我校 of its university and 我院 of itself. */
    private static final List<String> NARROW_FIRST = List.of("实验室", "中心", "系", "所", "院", "校", "局");
    private static final Pattern REPRESENTS = Pattern.compile("代表(?:项目|课题|会议)?[^，。；]{0,12}?(?:依托|承担|主办|牵头)单位");
    private static final Pattern LEADS = Pattern.compile("由([^，。；、]{2,40}?)(?:牵头|主办|承办)");
    private static final Pattern VENUE = Pattern.compile("在([^，。；、]{2,40}?)(?:举行|召开|举办)");
    private static final Pattern IS_HOST = Pattern.compile("([^，。；、]{2,40}?)(?:为|是|作为)(?:项目|课题)?(?:依托|承担|牵头)单位");
    private static final Pattern HOST_NAMED = Pattern.compile("(?:依托|承担)单位(?:为)?([^，。；、]{2,40})");
    private static final Pattern LAB_HOST = Pattern.compile("(?:实验室|中心)(?:的)?依托单位(?:为)?([^，。；、]{2,40})");
    private static final Pattern VISITOR = Pattern.compile("来访|到访|访问|考察|调研|一行|代表团|莅临");
    private static final Pattern VISIT = Pattern.compile("(?:访问|到访|走访|考察|调研)([^，。；、]{2,40})$");
    private static final Pattern BYLINE = Pattern.compile(
            "([^，。；、\\s]{2,40}?)(?:年报|简报|通讯|快讯|新闻网)|来源[:：]\\s*([^\\s，。；]{2,40})|^([^/\\s]{2,40})/");

    private final Lexicon lex;

    UnitReader(Lexicon lex) {
        this.lex = lex;
    }

    PublishingUnit read(SegmentedDocument doc, List<ItemFacts> facts) {
        if (doc.issue().isNewsletterIssue()) {
            return PublishingUnit.ofDepartment();
        }
        List<String> lines = new ArrayList<>();
        for (Item item : doc.items()) {
            lines.add(item.title());
            lines.addAll(item.paragraphs());
        }
        lines.removeIf(String::isBlank);
        String text = String.join("\n", lines);
        List<String> strong = named(lines, facts);
        List<String> weak = venues(lines);
        List<String> named = new ArrayList<>(strong);
        weak.forEach(w -> add(named, w));
        Map<String, String> selfRefs = new LinkedHashMap<>();
        String kind = null;
        Matcher self = SELF.matcher(text);
        List<String> kinds = new ArrayList<>();
        while (self.find()) {
            kinds.add(self.group(1));
        }
        for (String k : NARROW_FIRST) {
            if (kinds.contains(k)) {
                kind = kind == null ? k : kind;
                String refersTo = resolve(k, named, facts);
                if (refersTo != null) {
                    selfRefs.put(k, refersTo);
                }
            }
        }
        // the text's own words first: what it calls itself, else a unit a strong cue names; the department's
        // names only then (another unit's news may name the department as a partner); a venue last
        String name = kind != null ? selfRefs.get(kind) : strong.isEmpty() ? null : strong.get(0);
        if (name != null && lex.isDepartment(name)
                || name == null && lex.namesDepartment(text)
                || name == null && (kind == null || "系".equals(kind)) && lex.isDepartment(text)) {
            return PublishingUnit.ofDepartment();
        }
        if (name == null && kind == null && !weak.isEmpty()) {
            name = weak.get(0);
        }
        if (kind == null && name != null) {
            kind = UnitNames.kindOf(name);
        }
        String parent = null;
        if ("实验室".equals(kind) || "中心".equals(kind)) {
            Matcher host = LAB_HOST.matcher(text);
            parent = host.find() ? UnitNames.orgAtStart(host.group(1)) : null;
        }
        return name == null && kind == null ? PublishingUnit.unknown()
                : new PublishingUnit(name, kind, false, parent, selfRefs);
    }

    /** Units the text names as its own by a cue, strongest first. */
    private List<String> named(List<String> lines, List<ItemFacts> facts) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            for (String s : Sentences.of(line)) {
                Matcher rep = REPRESENTS.matcher(s);
                if (rep.find()) {
                    Matcher host = HOST_NAMED.matcher(s.substring(rep.start()));
                    String org = host.find() ? UnitNames.orgAtStart(host.group(1)) : null;
                    add(out, org != null ? org : speakersOrg(s.substring(0, rep.start()), facts));
                }
            }
        }
        for (String line : lines) {
            for (String s : Sentences.of(line)) {
                Matcher lead = LEADS.matcher(s);
                while (lead.find()) {
                    add(out, UnitNames.orgAtEnd(lead.group(1)));
                }
                Matcher host = IS_HOST.matcher(s);
                while (host.find()) {
                    add(out, UnitNames.orgAtEnd(host.group(1)));
                }
            }
        }
        String title = lines.isEmpty() ? "" : title(lines);
        Matcher visit = VISIT.matcher(title);
        if (visit.find()) {
            add(out, UnitNames.orgAtStart(visit.group(1)));
        }
        add(out, titleLead(title));
        for (String line : lines.subList(0, Math.min(lines.size(), 6))) {
            Matcher by = BYLINE.matcher(line);
            if (by.find()) {
                add(out, by.group(1) != null ? UnitNames.orgAtEnd(by.group(1)) : UnitNames.orgAtStart(by.group(2) != null ? by.group(2) : by.group(3)));
            }
        }
        return out;
    }

    /** Where the text's first sentences hold its event (在…召开): a venue, weaker than any cue of ownership. */
    private static List<String> venues(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines.subList(0, Math.min(lines.size(), 3))) {
            for (String s : Sentences.of(line).stream().limit(2).toList()) {
                Matcher venue = VENUE.matcher(s);
                String org = venue.find() ? UnitNames.orgAtEnd(venue.group(1)) : null;
                if (org != null && !org.matches(".*(?:会议|宾馆|酒店|饭店|会堂|报告厅|大厦|会展|中心)$")) {
                    add(out, org);
                }
            }
        }
        return out;
    }

    /** The first line that reads as a title: a Markdown page's {@code title:} field, else the document's first line. */
    private static String title(List<String> lines) {
        for (String l : lines.subList(0, Math.min(lines.size(), 8))) {
            Matcher t = Pattern.compile("^title:\\s*\"?(.*?)\"?$").matcher(l.strip());
            if (t.find()) {
                return t.group(1);
            }
        }
        return lines.get(0);
    }

    /** 地理资源所许志衡团队获批… → 地理资源所: a unit opening the title, followed by its people or a verb. */
    private String titleLead(String title) {
        String t = title.strip().replaceFirst("^(?:[\\[【［][^\\]】］]{1,12}[\\]】］]|[^|｜]{1,8}[|｜])\\s*", "")
                .replaceFirst("^\\p{IsHan}{1,3}[!！]", "").replace('（', '(').replace('）', ')');
        Matcher run = UnitNames.ORG_RUN.matcher(t);
        if (!run.lookingAt() || VISITOR.matcher(t).find()) {
            // 某某研究中心王教授来访: the unit opening the title is the guest's
            return null;
        }
        Matcher end = UnitNames.ORG_END.matcher(t);
        end.region(0, run.end());
        String byName = null;
        while (end.find()) {
            String rest = t.substring(end.end());
            String head = t.substring(0, end.end());
            if (head.length() < 3 || UnitNames.ACADEMY.matcher(PublishingUnit.normal(head)).matches()) {
                continue;
            }
            if (TITLE_BOUNDARY.matcher(rest).find()) {
                return head;
            }
            if (byName == null && lex.surnameLength(rest) > 0 && !rest.startsWith("学")) {
                byName = head;
            }
        }
        return byName;
    }

    /** Who speaks for the host (韩立新所长代表项目依托单位): the org a mention of them gives. */
    private static String speakersOrg(String before, List<ItemFacts> facts) {
        String speaker = null;
        int at = -1;
        for (ItemFacts f : facts) {
            for (PersonMention m : f.people()) {
                int i = before.lastIndexOf(m.name());
                if (i > at) {
                    at = i;
                    speaker = m.name();
                }
            }
        }
        if (speaker == null) {
            return null;
        }
        for (ItemFacts f : facts) {
            for (PersonMention m : f.people()) {
                if (m.name().equals(speaker) && m.org() != null && !PublishingUnit.SELF_REF.matcher(m.org()).find()) {
                    return m.org();
                }
            }
        }
        return null;
    }

    /** What a self-reference of this kind stands for: a named unit of the kind (or its institution), else a mention's org. */
    private static String resolve(String kind, List<String> named, List<ItemFacts> facts) {
        for (String n : named) {
            String part = UnitNames.partOfKind(n, kind);
            if (part != null) {
                return part;
            }
        }
        for (ItemFacts f : facts) {
            for (PersonMention m : f.people()) {
                String part = m.org() == null || PublishingUnit.SELF_REF.matcher(m.org()).find() ? null : UnitNames.partOfKind(m.org(), kind);
                if (part != null && part.length() >= 4) {
                    return part;
                }
            }
        }
        return null;
    }

    private static void add(List<String> out, String org) {
        if (org != null && !out.contains(org)) {
            out.add(org);
        }
    }
}
