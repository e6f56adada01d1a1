package kg.report;

import java.io.IOException;
import java.io.Writer;

/** The network as GraphML: node keys name, pinyin, internal, org; undirected edges with keys weight and basis. */
final class GraphMlWriter implements NetworkWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public void write(Network n, Writer out) throws IOException {
        try (XmlOut x = new XmlOut(out, NS)) {
            x.open("graphml").namespace(NS);
            x.empty("key", "id", "name", "for", "node", "attr.name", "name", "attr.type", "string")
                    .empty("key", "id", "pinyin", "for", "node", "attr.name", "pinyin", "attr.type", "string")
                    .empty("key", "id", "internal", "for", "node", "attr.name", "internal", "attr.type", "boolean")
                    .empty("key", "id", "org", "for", "node", "attr.name", "org", "attr.type", "string")
                    .empty("key", "id", "weight", "for", "edge", "attr.name", "weight", "attr.type", "int")
                    .empty("key", "id", "basis", "for", "edge", "attr.name", "basis", "attr.type", "string");
            x.open("graph", "id", "collaborations", "edgedefault", "undirected");
            for (Person p : n.nodes()) {
                x.open("node", "id", p.iri()).text("data", p.name(), "key", "name");
                if (p.pinyin() != null) {
                    x.text("data", p.pinyin(), "key", "pinyin");
                }
                x.text("data", String.valueOf(p.internal()), "key", "internal");
                if (p.org() != null) {
                    x.text("data", p.org(), "key", "org");
                }
                x.end();
            }
            int id = 0;
            for (Network.Edge e : n.edges()) {
                x.open("edge", "id", "e" + id++, "source", e.source().iri(), "target", e.target().iri())
                        .text("data", String.valueOf(e.weight()), "key", "weight")
                        .text("data", e.basis(), "key", "basis").end();
            }
            x.end().end();
        }
    }
}
