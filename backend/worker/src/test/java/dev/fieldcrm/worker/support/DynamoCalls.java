package dev.fieldcrm.worker.support;

import dev.fieldcrm.core.testing.DynamoCallCounter;
import jakarta.inject.Singleton;

/**
 * Counts the DynamoDB calls the worker makes, by operation name ("Query", "TransactWriteItems"…), so tests can
 * assert the access pattern of a listener or job. A Scan fails the call outright: no path may scan.
 */
@Singleton
public class DynamoCalls extends DynamoCallCounter {
}
