package kg.pipeline;

import com.google.common.base.Suppliers;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import kg.extract.ExtractedDocument;
import kg.extract.Extractor;
import kg.extract.ItemFacts;
import kg.normalize.Normalizer;
import kg.rdf.IssueGraph;
import kg.rdf.RdfMapper;
import kg.resolve.CuratedPeople;
import kg.resolve.ResolvedDocument;
import kg.resolve.Resolver;
import kg.segment.Segmenter;
import kg.source.SourceDocument;
import kg.source.SourceReader;
import kg.query.QueryTarget;
import kg.rdf.KG;
import kg.resolve.KnownPeople;
import kg.store.IssueStore;
import kg.store.KgStore;
import kg.validate.GraphValidator;
import kg.validate.ValidGraph;
import org.apache.jena.graph.NodeFactory;

/** Wires the stages: read → normalise → segment → extract → resolve → map → validate and load. */
public final class Pipeline {
    private final SourceReader reader;
    private final Normalizer normalizer = new Normalizer();
    private final Segmenter segmenter = new Segmenter();
    // The stages that load dictionaries and shapes (seconds) are made on first use: a document refused as it is
    // read is refused before any of that, in the time it takes to read it.
    private final Supplier<Extractor> extractor = Suppliers.memoize(Extractor::new);
    private final Supplier<Resolver> resolver;
    private final RdfMapper mapper = new RdfMapper();
    private final Supplier<GraphValidator> validator = Suppliers.memoize(GraphValidator::new);

    public Pipeline(CuratedPeople curated) {
        this(curated, new SourceReader());
    }

    public Pipeline(CuratedPeople curated, SourceReader reader) {
        this.resolver = Suppliers.memoize(() -> new Resolver(curated));
        this.reader = reader;
    }

    /** A document's facts, up to and including entity resolution, as if the archive held nothing else. */
    public ResolvedDocument resolve(Path file) {
        return resolve(reader.read(file), KnownPeople.none());
    }

    private ResolvedDocument resolve(SourceDocument source, KnownPeople known) {
        ExtractedDocument facts = extractor.get().extract(segmenter.segment(normalizer.normalize(source)));
        return resolver.get().resolve(facts, known);
    }

    /** The people a store holds, for resolving documents against it. */
    public static KnownPeople peopleOf(KgStore store) {
        return new StoredPeople(issue -> QueryTarget.local(store.dataset(),
                store.hiding(NodeFactory.createURI(KG.GRAPHS + issue))), QueryTarget.local(store.dataset()));
    }

    /**
     * The people a remote store holds, asked at its SPARQL query endpoint. It cannot hide a document's own graph,
     * so a document ingested again there counts its earlier version as evidence too (it keeps its keys all the same).
     */
    public static KnownPeople peopleAt(String queryEndpoint) {
        QueryTarget remote = QueryTarget.remote(queryEndpoint);
        return new StoredPeople(issue -> remote, remote);
    }

    /** A document as its issue's graph, not yet validated. */
    public IssueGraph graph(ResolvedDocument doc) {
        return mapper.map(doc);
    }

    /** Reads a document on its own into its issue's graph and checks it against the shapes; writes nothing. */
    public PreparedDocument prepare(Path file) {
        return prepare(file, KnownPeople.none());
    }

    /**
     * Reads a document into its issue's graph, its people resolved against those the archive holds, and checks
     * it against the shapes; writes nothing.
     */
    public PreparedDocument prepare(Path file, KnownPeople known) {
        SourceDocument source = reader.read(file);
        ResolvedDocument doc = resolve(source, known);
        return new PreparedDocument(file, source.readAs(), doc, validGraph(doc));
    }

    /** A document as its issue's graph, checked against the shapes: what a store takes. */
    public ValidGraph validGraph(ResolvedDocument doc) {
        return validator.get().validate(graph(doc));
    }

    /** Puts a prepared document's graph in place of its issue's graph, in one write transaction. */
    public IngestReport load(PreparedDocument prepared, IssueStore store) {
        long triples = store.replace(prepared.graph());
        ResolvedDocument doc = prepared.doc();
        Set<String> people = new HashSet<>();
        int works = 0;
        for (ItemFacts f : doc.facts().items()) {
            f.people().forEach(p -> people.add(doc.person(p.name()).key()));
            works += f.works().size();
        }
        return new IngestReport(prepared.file(), prepared.readAs(), doc.issueKey(), doc.facts().items().size(),
                people, works, triples, doc.facts().warnings());
    }

    /**
     * Reads a document, its people resolved against those the store holds, and replaces its issue's graph in
     * the store (validated, one transaction).
     */
    public IngestReport ingest(Path file, KgStore store) {
        return load(prepare(file, peopleOf(store)), store);
    }
}
