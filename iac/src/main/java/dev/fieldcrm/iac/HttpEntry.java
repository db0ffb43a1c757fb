package dev.fieldcrm.iac;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.CfnStage;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP API in front of the api function: a Cognito JWT authorizer on the {@code $default} route (every path),
 * public routes without it ({@link PublicRoutes}), stage throttling with a tighter limit on the public form route,
 * and JSON access logs.
 *
 * <p>No API-level CORS: API Gateway would then answer every preflight itself and drop the function's CORS headers,
 * but a form's allowed origins are per form, in the table, and only the function knows them (ADR 26). The mobile
 * app is not a browser and needs no CORS.
 */
public final class HttpEntry extends Construct {
    /** Requests per second, all callers together (account limits are far higher; this protects table and bill). */
    static final int RATE = 500;
    static final int BURST = 1000;
    /** The anonymous form route gets a tenth: a flood of spam must not starve signed-in users. */
    static final int FORMS_RATE = 50;
    static final int FORMS_BURST = 100;

    private final HttpApi api;

    public HttpEntry(Construct scope, String id, StageSettings stage, IFunction function, UserDirectory users) {
        super(scope, id);
        HttpLambdaIntegration integration = HttpLambdaIntegration.Builder.create("Api", function).build();
        api = HttpApi.Builder.create(this, "HttpApi")
                .apiName(stage.resourceName("api"))
                .createDefaultStage(false)
                .defaultIntegration(integration)
                .defaultAuthorizer(HttpUserPoolAuthorizer.Builder.create("Cognito", users.pool())
                        .userPoolClients(List.of(users.mobileClient()))
                        .build())
                .build();
        for (String path : PublicRoutes.ALL) {
            api.addRoutes(AddRoutesOptions.builder()
                    .path(path)
                    .methods(List.of(HttpMethod.ANY))
                    .integration(integration)
                    .authorizer(new HttpNoneAuthorizer())
                    .build());
        }
        HttpStage defaultStage = HttpStage.Builder.create(this, "Stage")
                .httpApi(api)
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder().rateLimit(RATE).burstLimit(BURST).build())
                .build();
        LogGroup accessLogs = LogGroup.Builder.create(this, "AccessLogs")
                .retention(stage.production() ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        CfnStage cfnStage = (CfnStage) defaultStage.getNode().getDefaultChild();
        cfnStage.setAccessLogSettings(CfnStage.AccessLogSettingsProperty.builder()
                .destinationArn(accessLogs.getLogGroupArn())
                .format(accessLogFormat())
                .build());
        cfnStage.addPropertyOverride("RouteSettings", Map.of("ANY " + PublicRoutes.FORMS, Map.of(
                "ThrottlingRateLimit", FORMS_RATE, "ThrottlingBurstLimit", FORMS_BURST)));
    }

    public HttpApi api() {
        return api;
    }

    /** One JSON line per request; {@code requestId} is also the functions' log field, so the two can be joined. */
    private static String accessLogFormat() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("requestId", "$context.requestId");
        fields.put("ip", "$context.identity.sourceIp");
        fields.put("time", "$context.requestTime");
        fields.put("route", "$context.routeKey");
        fields.put("status", "$context.status");
        fields.put("latencyMs", "$context.responseLatency");
        fields.put("integrationLatencyMs", "$context.integrationLatency");
        fields.put("bytes", "$context.responseLength");
        fields.put("authError", "$context.authorizer.error");
        fields.put("integrationError", "$context.integrationErrorMessage");
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v).append('"'));
        return json.append('}').toString();
    }
}
