package kg.query;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * The first link of the SERVICE chain when some hosts are allowed: refuses a call to any other host, then runs
 * the rest of the chain (Jena's HTTP call, which reads the whole answer) on a thread of its own and gives up at
 * the policy's timeout. Jena's own timeouts bound the connection and the wait for the answer to begin, but not a
 * far end that trickles its answer; interrupting the call does, and the query's thread is free either way.
 */
final class AllowedServices implements ChainingServiceExecutor {
    private static final ExecutorService CALLS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kg-service-call");
        t.setDaemon(true);
        return t;
    });
    private final ServicePolicy policy;

    AllowedServices(ServicePolicy policy) {
        this.policy = policy;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        if (!opExecute.getService().isURI()) {
            throw new QueryExecException("SERVICE address not bound: " + opExecute.getService());
        }
        policy.refuseUnlessAllowed(opExecute.getService().getURI());
        Future<QueryIterator> call = CALLS.submit(() -> chain.createExecution(opExecute, original, binding, execCxt));
        try {
            return call.get(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new QueryCancelledException();
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new QueryExecException(e.getCause());
        }
    }
}
