package dev.fieldcrm.iac;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringTest {

    @Test
    void alarmsWatchErrorsLatencyThrottlesDeadLettersAndStreamLagAndAllNotifyTheTopic() {
        Set<String> names = new TreeSet<>();
        SynthesizedStages.PROD.findResources("AWS::CloudWatch::Alarm").values().forEach(alarm -> {
            Map<?, ?> properties = (Map<?, ?>) alarm.get("Properties");
            names.add((String) properties.get("AlarmName"));
            assertThat((List<?>) properties.get("AlarmActions")).as("actions of " + properties.get("AlarmName")).hasSize(1);
        });
        assertThat(names).contains(
                "fieldcrm-prod-api-5xx-rate", "fieldcrm-prod-api-p99-latency",
                "fieldcrm-prod-api-throttles", "fieldcrm-prod-worker-stream-throttles",
                "fieldcrm-prod-worker-schedule-throttles", "fieldcrm-prod-worker-ses-throttles",
                "fieldcrm-prod-stream-dlq-depth", "fieldcrm-prod-worker-dlq-depth", "fieldcrm-prod-notify-dlq-depth",
                "fieldcrm-prod-stream-iterator-age");
    }

    @Test
    void aDashboardShowsTheStage() {
        SynthesizedStages.PROD.hasResourceProperties("AWS::CloudWatch::Dashboard",
                Map.of("DashboardName", "fieldcrm-prod-overview"));
    }
}
