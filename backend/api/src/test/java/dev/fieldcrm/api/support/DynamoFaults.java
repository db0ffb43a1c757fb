package dev.fieldcrm.api.support;

import dev.fieldcrm.core.testing.FaultyDynamo;
import jakarta.inject.Singleton;

/**
 * Fault injection on the API's DynamoDB client (see {@link FaultyDynamo}); disarmed unless a test arms it, so the
 * other tests of the JVM see a healthy database.
 */
@Singleton
public class DynamoFaults extends FaultyDynamo {
}
