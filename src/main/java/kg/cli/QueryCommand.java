package kg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kg.query.CannedQuery;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import kg.query.QueryTarget;
import kg.query.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg query}: runs a canned query over the store. */
@Command(name = "query", mixinStandardHelpOptions = true, resourceBundle = "kg.cli.ExistingStore",
        description = "Run a canned query (see 'kg queries') over the store.")
public final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "NAME", description = "The canned query's name.")
    String name;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter value (each query's are listed by 'kg queries'); repeat for more. "
                    + "One without a default must be given.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "csv, tsv, json or table (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Run the query at this SPARQL 1.1 query endpoint instead of the store (its default graph "
                    + "must be the union of the issue graphs); for Fuseki, e.g. http://host:3030/kg/sparql.")
    String endpoint;

    @Override
    public Integer call() throws Exception {
        ResultFormat f = ResultFormat.parse(format);
        CannedQuery q = QueryCatalog.load().get(name)
                .orElseThrow(() -> new IllegalArgumentException("no canned query named '" + name + "' (see 'kg queries')"));
        Optional<CannedQuery.Parameter> missing = q.missing(params);
        if (missing.isPresent()) {
            // one line, not the usage: the usage cannot list a query's parameters, and this line names the one
            CannedQuery.Parameter p = missing.get();
            PrintWriter err = spec.commandLine().getErr();
            err.println("kg: query " + name + " needs --param " + p.name() + "=VALUE (" + p.type() + ": "
                    + p.description() + ")");
            err.flush();
            return Main.USAGE;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        if (endpoint != null) {
            new QueryRunner(QueryTarget.remote(endpoint)).write(q, params, f, buffer);
        } else {
            try (StoreReader kg = store.reader(spec.commandLine().getErr())) {
                new QueryRunner(kg.target()).write(q, params, f, buffer);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        return Main.OK;
    }
}
