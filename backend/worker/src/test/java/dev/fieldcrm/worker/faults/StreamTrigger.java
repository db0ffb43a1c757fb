package dev.fieldcrm.worker.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stream trigger's settings as the infrastructure code deploys them ({@code iac}'s {@code WorkerTriggers}), read
 * from its source so that the Lambda simulation of these tests cannot drift from what AWS will do: the worker module
 * does not depend on the CDK app, and the CDK app's own test ({@code WorkerTriggersTest}) pins the template.
 *
 * @param batchSize          records per invocation
 * @param maxRetries         retries of a failing batch before it goes to the on-failure destination
 * @param bisectOnError      whether a batch whose invocation errors is split in two before retrying
 * @param reportItemFailures whether the function's {@code batchItemFailures} are honoured
 * @param onFailureQueue     whether an on-failure destination (the stream-failures SQS queue) is configured
 */
record StreamTrigger(int batchSize, int maxRetries, boolean bisectOnError, boolean reportItemFailures, boolean onFailureQueue) {
    private static final Path SOURCE = Path.of("../../iac/src/main/java/dev/fieldcrm/iac/WorkerTriggers.java");

    static StreamTrigger deployed() {
        String source;
        try {
            source = Files.readString(SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("the CDK app's WorkerTriggers is not where the tests expect it", e);
        }
        return new StreamTrigger(constant(source, "STREAM_BATCH_SIZE"), constant(source, "STREAM_RETRIES"),
                source.contains(".bisectBatchOnError(true)"), source.contains(".reportBatchItemFailures(true)"),
                source.contains(".onFailure(new SqsDlq("));
    }

    private static int constant(String source, String name) {
        Matcher m = Pattern.compile("static final int " + name + " = (\\d+);").matcher(source);
        if (!m.find()) {
            throw new IllegalStateException(name + " not found in " + SOURCE);
        }
        return Integer.parseInt(m.group(1));
    }
}
