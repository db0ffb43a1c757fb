package dev.fieldcrm.api.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One log line per request: method, path, status and time taken. With JSON logging the line also carries the
 * request id, tenant and user that {@link dev.fieldcrm.api.auth.CallerFilter} put in the MDC, so a tenant's
 * requests can be found in CloudWatch without logging any payload.
 */
public class RequestLog {
    static final String LOGGER = "fieldcrm.request";
    private static final Logger LOG = Logger.getLogger(LOGGER);
    private static final String STARTED = RequestLog.class.getName() + ".started";

    @ServerRequestFilter(priority = 1)
    public void started(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @ServerResponseFilter
    public void finished(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long micros = started instanceof Long t ? (System.nanoTime() - t) / 1_000 : -1;
        LOG.infof("%s /%s %d %d.%03d ms", request.getMethod(), request.getUriInfo().getPath().replaceFirst("^/", ""),
                response.getStatus(), micros / 1000, micros % 1000);
    }
}
