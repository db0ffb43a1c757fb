package dev.fieldcrm.iac;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Alarms to one SNS topic (docs/operations.md says what to do for each) and a dashboard of the same metrics.
 * Every alarm's name starts with the stage's prefix, so the runbook can name them.
 */
public final class Monitoring extends Construct {
    private static final Duration PERIOD = Duration.minutes(5);
    /** 5xx share of requests, percent. */
    static final double SERVER_ERROR_PERCENT = 1;
    /** p99 of API Gateway's latency, ms (benchmarks: tens of ms warm; a cold start without SnapStart ≈ 2–3 s). */
    static final double P99_LATENCY_MS = 2000;
    /** Oldest unprocessed stream record, ms: beyond this reminders and notifications are late. */
    static final double ITERATOR_AGE_MS = 5 * 60 * 1000;

    private final Topic topic;
    private final StageSettings stage;
    private final SnsAction notify;
    private final List<GraphWidget> widgets = new ArrayList<>();

    public Monitoring(Construct scope, String id, StageSettings stage) {
        super(scope, id);
        this.stage = stage;
        topic = Topic.Builder.create(this, "Alarms").topicName(stage.resourceName("alarms")).build();
        stage.alarmEmail().ifPresent(address -> topic.addSubscription(new EmailSubscription(address)));
        notify = new SnsAction(topic);
    }

    public Topic topic() {
        return topic;
    }

    public void api(HttpApi api) {
        IMetric requests = api.metricCount(MetricOptions.builder().period(PERIOD).build());
        IMetric serverErrors = api.metricServerError(MetricOptions.builder().period(PERIOD).build());
        MathExpression errorRate = MathExpression.Builder.create()
                .expression("IF(requests > 0, 100 * errors / requests, 0)")
                .usingMetrics(Map.of("requests", requests, "errors", serverErrors))
                .label("5xx %")
                .period(PERIOD)
                .build();
        alarm("api-5xx-rate", errorRate, SERVER_ERROR_PERCENT, 2);
        IMetric p99 = api.metricLatency(MetricOptions.builder().statistic("p99").period(PERIOD).build());
        alarm("api-p99-latency", p99, P99_LATENCY_MS, 3);
        widgets.add(graph("API requests and 5xx", requests, serverErrors));
        widgets.add(graph("API latency p99 (ms)", p99));
    }

    /** Errors and throttles of a function (throttled means its reserved concurrency is too small). */
    public void function(String name, Function function) {
        IMetric throttles = function.metricThrottles(MetricOptions.builder().period(PERIOD).build());
        IMetric errors = function.metricErrors(MetricOptions.builder().period(PERIOD).build());
        alarm(name + "-throttles", throttles, 0, 1);
        alarm(name + "-errors", errors, 5, 2);
        widgets.add(graph(name + ": errors, throttles", errors, throttles));
    }

    /** How far the stream function lags behind the table's writes. */
    public void streamLag(Function streamFunction) {
        Metric age = streamFunction.metric("IteratorAge", MetricOptions.builder()
                .statistic("Maximum").period(Duration.minutes(1)).build());
        alarm("stream-iterator-age", age, ITERATOR_AGE_MS, 5);
        widgets.add(graph("Stream iterator age (ms)", age));
    }

    /** Anything in a dead-letter queue needs a person: look, fix, redrive (docs/operations.md). */
    public void deadLetters(String name, IQueue queue) {
        IMetric depth = queue.metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                .statistic("Maximum").period(PERIOD).build());
        alarm(name + "-dlq-depth", depth, 0, 1);
        widgets.add(graph("DLQ " + name, depth));
    }

    /** The dashboard of everything registered so far. */
    public void dashboard() {
        Dashboard dashboard = Dashboard.Builder.create(this, "Dashboard")
                .dashboardName(stage.resourceName("overview"))
                .build();
        for (int i = 0; i < widgets.size(); i += 3) {
            dashboard.addWidgets(widgets.subList(i, Math.min(i + 3, widgets.size())).toArray(GraphWidget[]::new));
        }
    }

    private void alarm(String name, IMetric metric, double threshold, int periods) {
        Alarm alarm = Alarm.Builder.create(this, "Alarm-" + name)
                .alarmName(stage.resourceName(name))
                .metric(metric)
                .threshold(threshold)
                .evaluationPeriods(periods)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(notify);
        alarm.addOkAction(notify);
    }

    private static GraphWidget graph(String title, IMetric... metrics) {
        return GraphWidget.Builder.create().title(title).left(List.of(metrics)).width(8).build();
    }
}
