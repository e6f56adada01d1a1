package kg.report;

import java.io.IOException;
import java.io.Writer;

/**
 * The network as GEXF 1.3 for Gephi: node label the name, node attributes name, pinyin, internal and org;
 * undirected edges with their weight and basis.
 */
final class GexfWriter implements NetworkWriter {
    static final String NS = "http://gexf.net/1.3";

    @Override
    public void write(Network n, Writer out) throws IOException {
        try (XmlOut x = new XmlOut(out, NS)) {
            x.open("gexf", "version", "1.3").namespace(NS);
            x.open("meta").text("creator", "kg").text("description",
                    "Collaboration network of the Department of Earth System Science, from its newsletter").end();
            x.open("graph", "mode", "static", "defaultedgetype", "undirected");
            x.open("attributes", "class", "node")
                    .empty("attribute", "id", "name", "title", "name", "type", "string")
                    .empty("attribute", "id", "pinyin", "title", "pinyin", "type", "string")
                    .empty("attribute", "id", "internal", "title", "internal", "type", "boolean")
                    .empty("attribute", "id", "org", "title", "org", "type", "string").end();
            x.open("attributes", "class", "edge")
                    .empty("attribute", "id", "basis", "title", "basis", "type", "string").end();
            x.open("nodes");
            for (Person p : n.nodes()) {
                x.open("node", "id", p.iri(), "label", p.name()).open("attvalues")
                        .empty("attvalue", "for", "name", "value", p.name())
                        .empty("attvalue", "for", "pinyin", "value", p.pinyin())
                        .empty("attvalue", "for", "internal", "value", String.valueOf(p.internal()))
                        .empty("attvalue", "for", "org", "value", p.org()).end().end();
            }
            x.end();
            x.open("edges");
            int id = 0;
            for (Network.Edge e : n.edges()) {
                x.open("edge", "id", String.valueOf(id++), "source", e.source().iri(), "target", e.target().iri(),
                        "weight", String.valueOf(e.weight())).open("attvalues")
                        .empty("attvalue", "for", "basis", "value", e.basis()).end().end();
            }
            x.end().end().end();
        }
    }
}
