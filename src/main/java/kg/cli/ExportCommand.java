package kg.cli;

import java.util.concurrent.Callable;
import kg.report.ExportFormat;
import kg.report.GraphFacts;
import kg.report.Network;
import kg.report.RdfExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg export}: the collaboration network for Gephi and spreadsheets, or the whole graph as TriG or JSON-LD. */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = "kg.cli.ExistingStore",
        description = "Export the collaboration network (gexf, graphml, csv: nodes with name, pinyin, internal, org; "
                + "edges with weight and basis), or the whole graph with every named graph (trig, jsonld).")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    OutputOption output;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "gexf, graphml, csv, trig or jsonld.")
    ExportFormat format;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "Only ties shown by evidence of this year (network formats; default: all years).")
    Integer year;

    @Override
    public Integer call() {
        if (year != null && format.network() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--year applies to the network (gexf, graphml, csv), not to the whole graph (" + format + ")");
        }
        try (StoreReader kg = store.reader(spec.commandLine().getErr())) {
            if (format.network() != null) {
                GraphFacts facts = GraphFacts.read(kg.target());
                Network network = Network.of(facts, year == null ? e -> true : GraphFacts.inYear(year));
                output.write(spec.commandLine().getOut(), w -> format.network().write(network, w));
            } else {
                output.write(spec.commandLine().getOut(), w -> RdfExport.write(kg.dataset(), format.rdf(), w));
            }
        }
        return Main.OK;
    }

    /** Parses --format; a wrong value is a usage error that names the choices. */
    static final class FormatConverter extends ParsingConverter<ExportFormat> {
        FormatConverter() {
            super(ExportFormat::parse);
        }
    }
}
