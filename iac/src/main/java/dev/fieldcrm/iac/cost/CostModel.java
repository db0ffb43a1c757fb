package dev.fieldcrm.iac.cost;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Monthly AWS cost of FieldCRM for a number of active reps: measured per-operation DynamoDB units and durations
 * (the benchmark) × a usage profile × list prices, plus what runs whether anyone works or not (the minute schedule,
 * alarms, dashboard).
 */
public final class CostModel {
    /** The api function's memory (FieldCrmStack), GB. */
    static final double API_MEMORY_GB = 1.0;
    /** The minute schedule: invocations a month and what an idle tick costs (ADR 17: 8 Queries per due kind). */
    static final double TICKS_PER_MONTH = 60 * 24 * 30;
    static final double IDLE_TICK_READ_UNITS = 5 * 8 * 0.5;
    static final double IDLE_TICK_SECONDS = 0.2;
    /** One digest in the schedule's thread pool (ADR 19; assumed 50 ms at 1 GB). */
    static final double DIGEST_GB_SECONDS = 0.05;
    static final int ALARMS = 14;

    private final Map<String, MeasuredOperation> measured;
    private final UsageProfile profile;
    private final Prices prices;

    public CostModel(Map<String, MeasuredOperation> measured, UsageProfile profile, Prices prices) {
        this.measured = measured;
        this.profile = profile;
        this.prices = prices;
    }

    /** Cost per service for a month, USD. */
    public Map<String, Double> monthly(int reps) {
        double requests = 0;
        double readUnits = 0;
        double writeUnits = 0;
        double gbSeconds = 0;
        for (Map.Entry<String, Double> use : profile.operationsPerDay().entrySet()) {
            MeasuredOperation op = measured.get(use.getKey());
            if (op == null) {
                throw new IllegalStateException("the benchmark results have no operation " + use.getKey());
            }
            double perMonth = use.getValue() * profile.workingDays() * reps;
            requests += perMonth;
            readUnits += perMonth * op.readUnits();
            writeUnits += perMonth * op.writeUnits();
            gbSeconds += perMonth * op.p50Millis() / 1000 * API_MEMORY_GB;
            if (op.writeUnits() > 0) {
                // The change's stream record: the worker's listeners read and write in proportion.
                readUnits += perMonth * profile.streamUnitsPerWrite() / 2;
                writeUnits += perMonth * profile.streamUnitsPerWrite() / 2;
                gbSeconds += perMonth * profile.workerGbSecondsPerChange();
            }
        }
        double digests = (double) profile.workingDays() * reps;
        readUnits += digests * profile.digestUnits() / 2 + TICKS_PER_MONTH * IDLE_TICK_READ_UNITS;
        writeUnits += digests * profile.digestUnits() / 2;
        gbSeconds += TICKS_PER_MONTH * IDLE_TICK_SECONDS + digests * DIGEST_GB_SECONDS;
        double storedGb = reps * profile.storedMegabytes() / 1000;

        Map<String, Double> cost = new LinkedHashMap<>();
        cost.put("DynamoDB requests", readUnits / 1e6 * prices.perMillionReadUnits()
                + writeUnits / 1e6 * prices.perMillionWriteUnits());
        cost.put("DynamoDB storage + PITR", storedGb * (prices.perGbMonthStored() + prices.perGbMonthPitr()));
        cost.put("Lambda", gbSeconds * prices.perArmGbSecond()
                + (requests + TICKS_PER_MONTH) / 1e6 * prices.perMillionLambdaRequests());
        cost.put("API Gateway (HTTP API)", requests / 1e6 * prices.perMillionHttpApiRequests());
        cost.put("SES", profile.emailsPerDay() * profile.workingDays() * reps / 1000 * prices.perThousandEmails());
        cost.put("SNS push", profile.pushesPerDay() * profile.workingDays() * reps / 1e6 * prices.perMillionPushes());
        cost.put("CloudWatch", requests * profile.logKilobytesPerRequest() / 1e6 * prices.perGbLogsIngested()
                + ALARMS * prices.perAlarmMonth() + prices.perDashboardMonth());
        cost.put("Cognito", Math.max(0, reps - prices.cognitoFreeMonthlyUsers()) * prices.perCognitoMonthlyUser());
        return cost;
    }

    public double perRep(int reps) {
        return monthly(reps).values().stream().mapToDouble(Double::doubleValue).sum() / reps;
    }
}
