package dev.fieldcrm.worker.aws;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.fieldcrm.core.devices.Platform;
import dev.fieldcrm.core.devices.PushEndpoints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** SNS platform endpoints over real HTTP (WireMock stub of the query protocol). */
class SnsPushEndpointsTest {
    private static final WireMockServer STUB = new WireMockServer(com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort());
    private static final String ANDROID_APP = "arn:aws:sns:eu-central-1:123456789012:app/GCM/fieldcrm-android";
    private static final String IOS_APP = "arn:aws:sns:eu-central-1:123456789012:app/APNS/fieldcrm-ios";
    private static final String ENDPOINT = "arn:aws:sns:eu-central-1:123456789012:endpoint/APNS/fieldcrm-ios/7a1";
    private static SnsClient sns;
    private SnsPushEndpoints endpoints;

    @BeforeAll
    static void start() {
        STUB.start();
        sns = AwsNotifyClients.sns(Optional.of(URI.create(STUB.baseUrl())), "eu-central-1");
    }

    @AfterAll
    static void stop() {
        sns.close();
        STUB.stop();
    }

    @BeforeEach
    void reset() {
        STUB.resetAll();
        endpoints = new SnsPushEndpoints(sns, Map.of(Platform.ANDROID, ANDROID_APP, Platform.IOS, IOS_APP));
    }

    @Test
    void anEndpoint_isCreatedInThePlatformsApplicationWithTheTokenAndOwner() {
        SnsStub.answer(STUB, "CreatePlatformEndpoint", "<EndpointArn>" + ENDPOINT + "</EndpointArn>");

        PushEndpoints.Made made = endpoints.create(Platform.IOS, "apns-token-1", "acme/rep1/phone-1");

        assertThat(made).isEqualTo(new PushEndpoints.Made(ENDPOINT, null));
        assertThat(SnsStub.requests(STUB, "CreatePlatformEndpoint").getFirst())
                .containsEntry("PlatformApplicationArn", IOS_APP).containsEntry("Token", "apns-token-1")
                .containsEntry("CustomUserData", "acme/rep1/phone-1");
    }

    @Test
    void aTokenThatHasAnEndpointWithOtherAttributes_takesThatEndpointOver_namingItsPreviousOwner() {
        STUB.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/")
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Action=CreatePlatformEndpoint"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400).withHeader("Content-Type", "text/xml")
                        .withBody("<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>Sender</Type>"
                                + "<Code>InvalidParameter</Code><Message>Invalid parameter: Token Reason: Endpoint " + ENDPOINT
                                + " already exists with the same Token, but different attributes.</Message></Error>"
                                + "<RequestId>r</RequestId></ErrorResponse>")));
        SnsStub.answer(STUB, "SetEndpointAttributes", "");
        SnsStub.answer(STUB, "GetEndpointAttributes", "<Attributes><entry><key>Enabled</key><value>true</value></entry>"
                + "<entry><key>CustomUserData</key><value>acme/rep1/phone-1</value></entry></Attributes>");

        PushEndpoints.Made made = endpoints.create(Platform.IOS, "apns-token-1", "acme/rep2/phone-9");

        assertThat(made).isEqualTo(new PushEndpoints.Made(ENDPOINT, "acme/rep1/phone-1"));
        Map<String, String> set = SnsStub.requests(STUB, "SetEndpointAttributes").getFirst();
        assertThat(set).containsEntry("EndpointArn", ENDPOINT);
        assertThat(SnsStub.entries(set, "Attributes", "key", "value")).containsOnly(
                Map.entry("Token", "apns-token-1"), Map.entry("CustomUserData", "acme/rep2/phone-9"), Map.entry("Enabled", "true"));
    }

    @Test
    void refresh_setsTheNewTokenAndEnablesTheEndpoint() {
        SnsStub.answer(STUB, "SetEndpointAttributes", "");

        endpoints.refresh(ENDPOINT, "apns-token-2");

        Map<String, String> set = SnsStub.requests(STUB, "SetEndpointAttributes").getFirst();
        assertThat(SnsStub.entries(set, "Attributes", "key", "value"))
                .containsOnly(Map.entry("Token", "apns-token-2"), Map.entry("Enabled", "true"));
    }

    @Test
    void delete_deletesTheEndpoint() {
        SnsStub.answer(STUB, "DeleteEndpoint", "");

        endpoints.delete(ENDPOINT);

        assertThat(SnsStub.requests(STUB, "DeleteEndpoint")).singleElement().satisfies(f -> assertThat(f).containsEntry("EndpointArn", ENDPOINT));
    }

    @Test
    void owner_isTheCustomUserDataOfTheEndpoint_andEmptyForAnUnknownEndpoint() {
        SnsStub.answer(STUB, "GetEndpointAttributes", "<Attributes><entry><key>Enabled</key><value>false</value></entry>"
                + "<entry><key>CustomUserData</key><value>acme/rep1/phone-1</value></entry></Attributes>");
        assertThat(endpoints.owner(ENDPOINT)).contains("acme/rep1/phone-1");

        STUB.resetAll();
        SnsStub.fail(STUB, "GetEndpointAttributes", 404, "NotFound");
        assertThat(endpoints.owner(ENDPOINT)).isEmpty();
    }
}
