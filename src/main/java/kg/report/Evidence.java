package kg.report;

/**
 * A work, project or research group that shows a tie: basis {@code coauthor}, {@code project} or {@code group},
 * its type (article, preprint, dataset, software, project, group), what identifies it, and its date and item.
 */
public record Evidence(String iri, String basis, String type, String title, String venue, String doi, String url,
                       String code, FactDate date, Source source) {
    /** The link a reader follows: the DOI resolver when there is a DOI, else the printed link. */
    public String link() {
        return doi != null ? "https://doi.org/" + doi : url;
    }

    /** The title, or what it is when the item prints none. */
    public String label() {
        if (title != null) {
            return title;
        }
        if (code != null) {
            return type + " " + code;
        }
        return venue != null ? type + " in " + venue : type;
    }
}
