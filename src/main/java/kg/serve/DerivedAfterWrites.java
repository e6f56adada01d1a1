package kg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import kg.store.KgStore;
import org.apache.jena.query.Dataset;

/**
 * After a write that went through (SPARQL update, a Graph Store PUT, POST or DELETE, with {@code --allow-update}),
 * rebuilds the store's derived graph: such a write may change any issue graph in any way, and says nothing of what
 * it changed, so the view is recomputed whole, in a transaction of its own right after the write's.
 */
final class DerivedAfterWrites implements Filter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private final Dataset dataset;

    DerivedAfterWrites(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(request, response);
        int status = ((HttpServletResponse) response).getStatus();
        if (!READS.contains(((HttpServletRequest) request).getMethod()) && status >= 200 && status < 300) {
            KgStore.rebuildDerived(dataset);
        }
    }
}
