package dev.fieldcrm.api.auth;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.fieldcrm.api.errors.Unauthenticated;
import dev.fieldcrm.core.shared.Caller;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Establishes who is calling. In AWS the API Gateway JWT authorizer has verified the Cognito token and passes
 * its claims in the event; those are the only source of the tenant. The local profile instead verifies its own
 * dev token. Nothing in a path, query or body can name a tenant.
 */
public class CallerFilter {
    @Inject
    CurrentCaller current;

    @Inject
    Instance<APIGatewayV2HTTPEvent> event;

    @Inject
    Instance<TokenVerifier> localVerifier;

    @ServerRequestFilter
    public void identify(ContainerRequestContext request, ResourceInfo resource) {
        APIGatewayV2HTTPEvent lambdaEvent = lambdaEvent();
        MDC.put("requestId", requestId(lambdaEvent));
        MDC.remove("tenant");
        MDC.remove("user");
        if (resource.getResourceMethod() == null || isPublic(resource)) {
            return;
        }
        Map<String, ?> claims = authorizerClaims(lambdaEvent).or(() -> localClaims(request))
                .orElseThrow(() -> new Unauthenticated("a valid bearer token is required"));
        Caller caller = CallerClaims.toCaller(claims);
        current.set(caller);
        MDC.put("tenant", caller.tenantId());
        MDC.put("user", caller.userId());
    }

    private static boolean isPublic(ResourceInfo resource) {
        return resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class);
    }

    private static Optional<Map<String, ?>> authorizerClaims(APIGatewayV2HTTPEvent lambdaEvent) {
        if (lambdaEvent == null || lambdaEvent.getRequestContext() == null
                || lambdaEvent.getRequestContext().getAuthorizer() == null
                || lambdaEvent.getRequestContext().getAuthorizer().getJwt() == null) {
            return Optional.empty();
        }
        Map<String, String> claims = lambdaEvent.getRequestContext().getAuthorizer().getJwt().getClaims();
        return claims == null || claims.isEmpty() ? Optional.empty() : Optional.of(claims);
    }

    private Optional<Map<String, ?>> localClaims(ContainerRequestContext request) {
        if (!localVerifier.isResolvable()) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return localVerifier.get().verify(header.substring(7).strip()).map(c -> c);
    }

    private APIGatewayV2HTTPEvent lambdaEvent() {
        try {
            return event.isResolvable() ? event.get() : null;
        } catch (RuntimeException notInLambdaContext) {
            return null;
        }
    }

    private static String requestId(APIGatewayV2HTTPEvent lambdaEvent) {
        if (lambdaEvent != null && lambdaEvent.getRequestContext() != null && lambdaEvent.getRequestContext().getRequestId() != null) {
            return lambdaEvent.getRequestContext().getRequestId();
        }
        return UUID.randomUUID().toString();
    }
}
