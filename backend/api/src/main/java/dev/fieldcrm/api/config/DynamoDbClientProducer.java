package dev.fieldcrm.api.config;

import dev.fieldcrm.core.dynamo.DynamoClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB client (see {@link DynamoClients}), with every {@link ExecutionInterceptor} bean attached. */
@ApplicationScoped
public class DynamoDbClientProducer {

    @Produces
    @Singleton
    DynamoDbClient dynamoDbClient(FieldCrmConfig config, Instance<ExecutionInterceptor> interceptors) {
        return DynamoClients.build(config.dynamodb().endpoint(), config.dynamodb().region(), interceptors);
    }

    void close(@Disposes DynamoDbClient client) {
        client.close();
    }
}
