package kg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A work while its item is read: what is known of it so far and who is credited. */
final class WorkDraft {
    final WorkType type;
    final Evidence evidence;
    final ItemText.Sentence statedIn;
    final Map<String, Contributor> people = new LinkedHashMap<>();
    String title;
    String titleZh;
    String venue;
    String doi;
    String url;
    String date;

    WorkDraft(WorkType type, Evidence evidence, ItemText.Sentence statedIn) {
        this.type = type;
        this.evidence = evidence;
        this.statedIn = statedIn;
    }

    void add(String name, boolean author, boolean first, boolean corresponding, boolean teamLead) {
        Contributor c = new Contributor(name, author, first, corresponding, teamLead);
        people.merge(name, c, Contributor::merge);
    }

    /**
     * Is this the same work as another draft (one DOI, one link or one title)? Drafts of two kinds are one
     * work only where the graph would make them one resource (its key: the DOI, else the link, else the
     * title), so that it keeps one link and one credit per person; a preprint and its code may share a name.
     */
    boolean sameAs(WorkDraft o) {
        if (type == o.type) {
            return doi != null && doi.equalsIgnoreCase(o.doi) || url != null && o.url != null && link(url).equals(link(o.url))
                    || title != null && title.equals(o.title);
        }
        boolean noDoi = doi == null && o.doi == null;
        return doi != null && doi.equalsIgnoreCase(o.doi) || noDoi && url != null && o.url != null && link(url).equals(link(o.url))
                || noDoi && url == null && o.url == null && title != null && title.equals(o.title);
    }

    /**
     * Takes in what another draft of the same work knows. A work keeps its first link: the shapes allow
     * one, and the first printed is the one the item gives for it.
     */
    void absorb(WorkDraft o) {
        title = title != null ? title : o.title;
        titleZh = titleZh != null ? titleZh : o.titleZh;
        venue = venue != null ? venue : o.venue;
        doi = doi != null ? doi : o.doi;
        url = url != null ? url : o.url;
        date = date != null ? date : o.date;
        o.people.values().forEach(c -> people.merge(c.name(), c, Contributor::merge));
    }

    /** A link as the graph keys it: case, scheme, www. and a closing slash do not tell two apart. */
    private static String link(String url) {
        return url.toLowerCase(java.util.Locale.ROOT).replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "");
    }

    WorkFact build() {
        return new WorkFact(type, title, titleZh, venue, doi, url, date, List.copyOf(people.values()), evidence);
    }
}
