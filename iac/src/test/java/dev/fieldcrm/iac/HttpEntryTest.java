package dev.fieldcrm.iac;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HttpEntryTest {

    @Test
    void everyRouteButTheNamedPublicOnesRequiresTheCognitoJwtAuthorizer() {
        Map<String, Map<String, Object>> routes = SynthesizedStages.PROD.findResources("AWS::ApiGatewayV2::Route");
        Set<String> publicKeys = new TreeSet<>();
        PublicRoutes.ALL.forEach(path -> publicKeys.add("ANY " + path));
        Set<String> seen = new TreeSet<>();
        for (Map<String, Object> route : routes.values()) {
            Map<?, ?> properties = (Map<?, ?>) route.get("Properties");
            String key = (String) properties.get("RouteKey");
            seen.add(key);
            if (publicKeys.contains(key)) {
                assertThat(properties.get("AuthorizationType")).as(key).isEqualTo("NONE");
            } else {
                assertThat(properties.get("AuthorizationType")).as(key).isEqualTo("JWT");
                assertThat(properties.get("AuthorizerId")).as(key).isNotNull();
            }
        }
        assertThat(seen).contains("$default").containsAll(publicKeys);
    }

    @Test
    void theAuthorizerTrustsTheUserPoolsMobileClient() {
        SynthesizedStages.PROD.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", Map.of(
                "AuthorizerType", "JWT",
                "IdentitySource", List.of("$request.header.Authorization"),
                "JwtConfiguration", Match.objectLike(Map.of("Audience", List.of(Match.anyValue())))));
    }

    @Test
    void everyPublicResourceOfTheApiHasAPublicRouteAndNoPublicRouteLacksAResource() throws IOException {
        Set<String> resourcePaths = CodeDeclarations.publicResourcePaths();
        assertThat(resourcePaths).isNotEmpty();
        for (String path : resourcePaths) {
            assertThat(PublicRoutes.ALL).as("public route for " + path)
                    .anyMatch(route -> (path + "/").startsWith(PublicRoutes.prefix(route)));
        }
        List<String> served = new java.util.ArrayList<>(resourcePaths);
        try (Stream<Path> files = Files.walk(CodeDeclarations.apiStaticResources())) {
            files.filter(Files::isRegularFile).forEach(f ->
                    served.add("/" + CodeDeclarations.apiStaticResources().relativize(f).toString().replace('\\', '/')));
        }
        for (String route : PublicRoutes.ALL) {
            assertThat(served).as("what " + route + " opens").anyMatch(p -> p.startsWith(PublicRoutes.prefix(route)));
        }
    }

    @Test
    void theStageThrottlesAllRequestsAndThePublicFormRouteMoreTightlyAndWritesAccessLogs() {
        SynthesizedStages.PROD.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of(
                "StageName", "$default",
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", HttpEntry.RATE,
                        "ThrottlingBurstLimit", HttpEntry.BURST),
                "RouteSettings", Map.of("ANY " + PublicRoutes.FORMS, Map.of(
                        "ThrottlingRateLimit", HttpEntry.FORMS_RATE, "ThrottlingBurstLimit", HttpEntry.FORMS_BURST)),
                "AccessLogSettings", Match.objectLike(Map.of("Format", Match.stringLikeRegexp(".*requestId.*")))));
    }

    @Test
    void theMobileClientIsAPublicPkceClientWithThePhonesSchemeAndOutsideProdTheDesktopLoopback() {
        Map<String, Object> pkceClient = Map.of("GenerateSecret", false, "AllowedOAuthFlows", List.of("code"),
                "AllowedOAuthFlowsUserPoolClient", true,
                "AllowedOAuthScopes", Match.arrayWith(List.of("openid")), "EnableTokenRevocation", true);
        SynthesizedStages.DEV.hasResourceProperties("AWS::Cognito::UserPoolClient", Match.objectLike(Map.of(
                "CallbackURLs", List.of("fieldcrm://auth/callback", StageSettings.DESKTOP_CALLBACK_URL))));
        SynthesizedStages.DEV.hasResourceProperties("AWS::Cognito::UserPoolClient", Match.objectLike(pkceClient));
        SynthesizedStages.PROD.hasResourceProperties("AWS::Cognito::UserPoolClient", Match.objectLike(Map.of(
                "CallbackURLs", List.of("fieldcrm://auth/callback"))));
        SynthesizedStages.PROD.hasOutput("HostedUiBaseUrl", Match.anyValue());
    }

    @Test
    void usersCannotSignThemselvesUpOrRewriteTheirTenant() {
        SynthesizedStages.PROD.hasResourceProperties("AWS::Cognito::UserPool", Map.of(
                "AdminCreateUserConfig", Match.objectLike(Map.of("AllowAdminCreateUserOnly", true)),
                "Schema", Match.arrayWith(List.of(Match.objectLike(Map.of("Name", "tenant", "Mutable", false))))));
        SynthesizedStages.PROD.hasResourceProperties("AWS::Cognito::UserPoolClient", Map.of(
                "GenerateSecret", false,
                "AllowedOAuthFlows", List.of("code"),
                "WriteAttributes", Match.not(Match.arrayWith(List.of("custom:tenant")))));
        for (String role : UserDirectory.ROLE_GROUPS) {
            SynthesizedStages.PROD.hasResourceProperties("AWS::Cognito::UserPoolGroup", Map.of("GroupName", role));
        }
    }
}
