package dev.fieldcrm.iac.cost;

/**
 * AWS list prices in USD, us-east-1, on-demand, without free tiers (docs/cost.md cites the pages). Other regions
 * differ by roughly 10–30 %; the model's shape does not.
 */
public record Prices(double perMillionWriteUnits, double perMillionReadUnits, double perGbMonthStored,
                     double perGbMonthPitr, double perArmGbSecond, double perMillionLambdaRequests,
                     double perMillionHttpApiRequests, double perThousandEmails, double perMillionPushes,
                     double perGbLogsIngested, double perAlarmMonth, double perDashboardMonth,
                     int cognitoFreeMonthlyUsers, double perCognitoMonthlyUser) {

    public static final Prices LIST_2026 = new Prices(
            0.625, 0.125, 0.25, 0.20,
            0.0000133334, 0.20,
            1.00, 0.10, 0.50,
            0.50, 0.10, 3.00,
            10_000, 0.0055);
}
