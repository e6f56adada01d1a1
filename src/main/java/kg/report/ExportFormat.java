package kg.report;

import java.util.Arrays;
import java.util.Locale;
import org.eclipse.rdf4j.rio.RDFFormat;

/** What {@code kg export} writes: the collaboration network (gexf, graphml, csv) or the whole dataset (trig, jsonld). */
public enum ExportFormat {
    GEXF(new GexfWriter(), null),
    GRAPHML(new GraphMlWriter(), null),
    CSV(new NetworkCsvWriter(), null),
    TRIG(null, RDFFormat.TRIG),
    JSONLD(null, RDFFormat.JSONLD);

    private final NetworkWriter network;
    private final RDFFormat rdf;

    ExportFormat(NetworkWriter network, RDFFormat rdf) {
        this.network = network;
        this.rdf = rdf;
    }

    /** The network writer, or null for the dataset formats. */
    public NetworkWriter network() {
        return network;
    }

    /** The RDF4J format, or null for the network formats. */
    public RDFFormat rdf() {
        return rdf;
    }

    public static ExportFormat parse(String s) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(s)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + s
                        + "' (use gexf, graphml, csv, trig or jsonld)"));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
