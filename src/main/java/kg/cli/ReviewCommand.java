package kg.cli;

import java.util.concurrent.Callable;
import kg.report.GraphFacts;
import kg.report.Review;
import kg.report.ReviewBuilder;
import kg.report.ReviewFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg review}: the annual review of who worked with whom, with the evidence for every tie. */
@Command(name = "review", mixinStandardHelpOptions = true, resourceBundle = "kg.cli.ExistingStore",
        description = "The annual review of a year: first a department summary, then every department member "
                + "active that year (by pinyin) with each of their works, projects and groups once, everyone on it and "
                + "the newsletter item that shows it, and their events and awards; last the works outside the "
                + "department (none of its members on them), if any. Items are cited as text (kg serve links them to "
                + "their pages). A fact without a date of its own is dated by its newsletter item, or its issue's year "
                + "when the item has none (marked †).")
public final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    OutputOption output;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year to review.")
    int year;

    @Option(names = "--person", paramLabel = "NAME",
            description = "Only this member (a name as printed, or pinyin); no department summary.")
    String person;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", converter = FormatConverter.class,
            description = "html, md, csv (one row per person, collaborator and evidence) or json (default: ${DEFAULT-VALUE}).")
    ReviewFormat format;

    @Override
    public Integer call() {
        Review review;
        try (StoreReader kg = store.reader(spec.commandLine().getErr())) {
            review = new ReviewBuilder(GraphFacts.read(kg.target())).build(year, person);
        }
        output.write(spec.commandLine().getOut(), w -> format.writer().write(review, w));
        return Main.OK;
    }

    /** Parses --format; a wrong value is a usage error that names the choices. */
    static final class FormatConverter extends ParsingConverter<ReviewFormat> {
        FormatConverter() {
            super(ReviewFormat::parse);
        }
    }
}
