package dev.fieldcrm.iac;

import software.constructs.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What differs between the stages, read from CDK context ({@code cdk synth -c stage=prod -c emailDomain=…}).
 * Defaults make {@code dev} deployable with only a domain; prod keeps its data when the stack goes away.
 *
 * @param name                 {@code dev} or {@code prod}: part of every resource name
 * @param production           deletion protection, RETAIN, reserved concurrency and tighter alarms
 * @param emailDomain          the SES identity (a domain we control; its DKIM records are output for DNS)
 * @param fromAddress          the sender of notifications, in that domain
 * @param authDomainPrefix     the Cognito hosted-UI prefix (globally unique in the region)
 * @param appCallbackUrls      where the mobile app receives the authorization code (PKCE)
 * @param androidPushArn       SNS platform application (FCM) created outside the stack (it holds the FCM key)
 * @param iosPushArn           SNS platform application (APNs), likewise
 * @param alarmEmail           subscribed to the alarm topic when given
 * @param publicBaseUrl        base of links in messages; the HTTP API's own URL when absent
 */
public record StageSettings(String name, boolean production, String emailDomain, String fromAddress,
                            String authDomainPrefix, List<String> appCallbackUrls, Optional<String> androidPushArn,
                            Optional<String> iosPushArn, Optional<String> alarmEmail, Optional<String> publicBaseUrl) {

    public static final List<String> STAGES = List.of("dev", "prod");

    public StageSettings {
        if (!STAGES.contains(name)) {
            throw new IllegalArgumentException("stage must be one of " + STAGES + ", was " + name);
        }
    }

    /** The stage and its parameters from the app's context (cdk.json, or {@code -c key=value}). */
    public static StageSettings fromContext(Node node) {
        String stage = text(node, "stage").orElse("dev");
        String domain = text(node, "emailDomain").orElse("crm.example.com");
        return new StageSettings(stage, stage.equals("prod"), domain,
                text(node, "fromAddress").orElse("FieldCRM <notify@" + domain + ">"),
                text(node, "authDomainPrefix").orElse("fieldcrm-" + stage),
                appCallbackUrls(node, stage.equals("prod")),
                text(node, "androidPushArn"), text(node, "iosPushArn"), text(node, "alarmEmail"),
                text(node, "publicBaseUrl"));
    }

    /** The desktop app's loopback redirect (RFC 8252): Cognito matches ports exactly, so the app uses this one. */
    public static final String DESKTOP_CALLBACK_URL = "http://localhost:53682/callback";

    /**
     * The phone's custom scheme ({@code appCallbackUrl}, default {@code fieldcrm://auth/callback}) and, outside
     * prod, the desktop app's loopback redirect for development against a real pool ({@code desktopCallbackUrl}
     * overrides it, also in prod).
     */
    private static List<String> appCallbackUrls(Node node, boolean production) {
        List<String> urls = new ArrayList<>();
        urls.add(text(node, "appCallbackUrl").orElse("fieldcrm://auth/callback"));
        text(node, "desktopCallbackUrl").or(() -> production ? Optional.empty() : Optional.of(DESKTOP_CALLBACK_URL))
                .ifPresent(urls::add);
        return List.copyOf(urls);
    }

    /** Resource names: {@code fieldcrm-dev-…}, so two stages can share an account. */
    public String resourceName(String suffix) {
        return "fieldcrm-" + name + "-" + suffix;
    }

    private static Optional<String> text(Node node, String key) {
        Object value = node.tryGetContext(key);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().strip());
    }
}
