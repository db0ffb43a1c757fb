package dev.fieldcrm.worker.support;

import dev.fieldcrm.dynamodblocal.StreamPump;

import java.util.List;

/** Drives the worker's stream handler from the test table's real stream, as Lambda's event source mapping would. */
public final class Stream {
    private Stream() {
    }

    /** Delivers everything written since the last pump to the stream handler, batch by batch (stops at a failure). */
    public static List<StreamPump.Delivery> pump() {
        return WorkerDynamoResource.pump().drainTo(LambdaInvoker::invoke);
    }
}
