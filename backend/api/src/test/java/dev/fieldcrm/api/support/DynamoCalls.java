package dev.fieldcrm.api.support;

import dev.fieldcrm.core.testing.DynamoCallCounter;
import jakarta.inject.Singleton;

/**
 * Counts the DynamoDB calls the API makes, by operation name ("Query", "TransactWriteItems"…), so tests can
 * assert the access pattern of an endpoint. A Scan fails the request outright: no path may scan.
 */
@Singleton
public class DynamoCalls extends DynamoCallCounter {
}
