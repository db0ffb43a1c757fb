package dev.fieldcrm.worker.config;

import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DynamoClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** The worker's DynamoDB client, clock and the core's use cases, for injection. */
@ApplicationScoped
public class CoreWiring {

    @Produces @Singleton Clock clock() {
        return Clock.systemUTC();
    }

    @Produces @Singleton DynamoDbClient dynamoDbClient(WorkerConfig config, Instance<ExecutionInterceptor> interceptors) {
        return DynamoClients.build(config.dynamodb().endpoint(), config.dynamodb().region(), interceptors);
    }

    void close(@Disposes DynamoDbClient client) {
        client.close();
    }

    @Produces @Singleton CoreServices core(DynamoDbClient dynamo, WorkerConfig config, Clock clock) {
        return CoreServices.onDynamo(dynamo, config.table(), config.defaultPhoneRegion(), clock);
    }
}
