package dev.fieldcrm.api.config;

import dev.fieldcrm.core.dynamo.DynamoClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB client (see {@link DynamoClients}), with every {@link ExecutionInterceptor} bean attached. */
@ApplicationScoped
public class DynamoDbClientProducer {
    /**
     * The longest one DynamoDB call may take, the SDK's retries included. The API function has 29 s (API Gateway's
     * limit) for a request of a few calls; a call still being retried after this answers 503 problem+json (see
     * {@code ProblemMappers#dynamo}) rather than letting the gateway cut the request off with a bare 504.
     */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(8);

    @Produces
    @Singleton
    DynamoDbClient dynamoDbClient(FieldCrmConfig config, Instance<ExecutionInterceptor> interceptors) {
        return DynamoClients.build(config.dynamodb().endpoint(), config.dynamodb().region(), interceptors, CALL_TIMEOUT);
    }

    void close(@Disposes DynamoDbClient client) {
        client.close();
    }
}
