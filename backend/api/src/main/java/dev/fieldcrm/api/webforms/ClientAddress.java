package dev.fieldcrm.api.webforms;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The address a request came from, as API Gateway saw the connection ({@code requestContext.http.sourceIp}; the
 * local and test event server fills it from the socket). Never from {@code X-Forwarded-For}, which a client writes
 * itself and could rotate to escape the rate limit.
 */
@ApplicationScoped
public class ClientAddress {
    static final String UNKNOWN = "unknown";

    @Inject
    Instance<APIGatewayV2HTTPEvent> event;

    String current() {
        try {
            APIGatewayV2HTTPEvent e = event.isResolvable() ? event.get() : null;
            if (e == null || e.getRequestContext() == null || e.getRequestContext().getHttp() == null
                    || e.getRequestContext().getHttp().getSourceIp() == null) {
                return UNKNOWN;
            }
            String ip = e.getRequestContext().getHttp().getSourceIp();
            return ip.length() <= 45 ? ip : UNKNOWN;
        } catch (RuntimeException notInLambdaContext) {
            return UNKNOWN;
        }
    }
}
