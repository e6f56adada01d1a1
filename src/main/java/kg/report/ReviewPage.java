package kg.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import kg.query.QueryTarget;

/** The review of a year as one self-contained, printable HTML page, for a server to return at {@code /review/{year}}. */
public final class ReviewPage {
    private ReviewPage() {
    }

    /**
     * The page from wherever the graph is: the store, or a remote SPARQL endpoint. {@code itemPage} gives the
     * link to the server's page of an item from its IRI, or null where it has none.
     */
    public static String html(QueryTarget target, int year, UnaryOperator<String> itemPage) {
        Review review = new ReviewBuilder(GraphFacts.read(target)).build(year);
        StringWriter out = new StringWriter();
        try {
            new HtmlReview(itemPage).write(review, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
