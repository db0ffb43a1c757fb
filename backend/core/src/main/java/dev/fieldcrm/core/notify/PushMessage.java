package dev.fieldcrm.core.notify;

import java.util.Map;

/** A rendered push notification to one device endpoint (an SNS platform endpoint in AWS). */
public record PushMessage(String endpoint, String title, String body, Map<String, String> data) {
}
