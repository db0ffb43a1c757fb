package dev.fieldcrm.api.informing;

import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Fetch;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.core.dynamo.NotifyServices;
import dev.fieldcrm.core.informing.LinkKeys;
import dev.fieldcrm.core.informing.LinkSigner;
import dev.fieldcrm.core.informing.PublicLinks;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.SuppressionReason;
import dev.fieldcrm.core.notify.Suppressions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** One-click unsubscribe by signed link: public (no Authorization), bound to one address, idempotent. */
@QuarkusTest
class UnsubscribeTest {
    private static final String PATH = "/api/v1/public/unsubscribe/";

    @Inject
    PublicLinks links;
    @Inject
    DynamoDbClient dynamo;
    @Inject
    FieldCrmConfig config;
    @Inject
    DynamoCalls calls;

    private record Arranged(String clientId, String contactId, String email, String token) {
    }

    private Arranged contactWithLink() {
        String clientId = Given.client("rep1");
        JsonPath contact = Contacts.add("rep1", clientId, true, true);
        String email = contact.getString("details.emails[0]");
        String url = links.unsubscribe("acme", clientId, contact.getString("id"), Channel.EMAIL, email, Instant.now());
        return new Arranged(clientId, contact.getString("id"), email, url.substring(url.lastIndexOf('/') + 1));
    }

    private static JsonPath contactOnCard(Arranged a) {
        JsonPath card = Fetch.card("rep1", a.clientId());
        return new JsonPath(card.prettify()).setRootPath("contacts.find { it.id == '" + a.contactId() + "' }");
    }

    private Suppressions suppressions() {
        return NotifyServices.suppressions(dynamo, config.table(), config.defaultPhoneRegion(), Clock.systemUTC());
    }

    @Test
    void theConfirmationPage_needsNoToken_showsAButton_inTheBrowsersLanguage_andUnsubscribesNobody() {
        Arranged a = contactWithLink();
        calls.reset();
        String ru = RestAssured.given().header("Accept-Language", "ru-RU,ru;q=0.9").get(PATH + a.token())
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(calls.made()).containsExactly("Query");
        assertThat(ru).contains("<form method=\"post\">").contains("Отписаться").doesNotContain(a.email());
        String en = RestAssured.given().header("Accept-Language", "en").get(PATH + a.token())
                .then().statusCode(200).extract().asString();
        assertThat(en).contains("Unsubscribe");
        assertThat(contactOnCard(a).getBoolean("details.emailConsent")).isTrue();
        assertThat(suppressions().isSuppressed("acme", a.email())).isEmpty();
    }

    @Test
    void oneClickPost_turnsTheEmailConsentOff_withAudit_suppressesTheAddress_andAReplayChangesNothing() {
        Arranged a = contactWithLink();
        RestAssured.given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post(PATH + a.token()).then().statusCode(200);
        JsonPath contact = contactOnCard(a);
        assertThat(contact.getBoolean("details.emailConsent")).isFalse();
        assertThat(contact.getBoolean("details.smsConsent")).isTrue();
        long version = contact.getLong("version");
        assertThat(suppressions().isSuppressed("acme", a.email())).hasValueSatisfying(s ->
                assertThat(s.reason()).isEqualTo(SuppressionReason.UNSUBSCRIBE));
        assertThat(dev.fieldcrm.api.support.Api.as("acme", "rep1").get("/api/v1/clients/" + a.clientId() + "/history")
                .then().statusCode(200).extract().jsonPath().getList("items.action", String.class))
                .contains("unsubscribed EMAIL");

        RestAssured.given().post(PATH + a.token()).then().statusCode(200);
        assertThat(contactOnCard(a).getLong("version")).isEqualTo(version);
    }

    @Test
    void theShortRoute_redirectsAGetToTheConfirmationPage_andUnsubscribesOnAOneClickPost_forItsAddressOnly() {
        Arranged a = contactWithLink();
        assertThat(RestAssured.given().redirects().follow(false).get("/u/" + a.token()).then().statusCode(303)
                .extract().header("Location")).isEqualTo("http://localhost:8080" + PATH + a.token());
        assertThat(contactOnCard(a).getBoolean("details.emailConsent")).isTrue();

        String tampered = a.token().substring(0, 10) + (a.token().charAt(10) == 'A' ? 'B' : 'A') + a.token().substring(11);
        Problems.assertProblem(RestAssured.given().post("/u/" + tampered), 400);
        RestAssured.given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post("/u/" + a.token()).then().statusCode(200);
        assertThat(contactOnCard(a).getBoolean("details.emailConsent")).isFalse();
        assertThat(contactOnCard(a).getBoolean("details.smsConsent")).isTrue();
    }

    @Test
    void thePublicPages_ignoreAnyAuthorizationHeader_evenAnInvalidOne() {
        Arranged a = contactWithLink();
        RestAssured.given().header("Authorization", "Bearer not-a-jwt").get(PATH + a.token()).then().statusCode(200);
        RestAssured.given().header("Authorization", "Bearer " + dev.fieldcrm.api.support.Api.token("globex", "grep"))
                .post(PATH + a.token()).then().statusCode(200);
        assertThat(contactOnCard(a).getBoolean("details.emailConsent")).isFalse();
    }

    @Test
    void aTamperedToken_anyByteChanged_isRefusedWith400_andUnsubscribesNobody() {
        Arranged a = contactWithLink();
        char[] chars = a.token().toCharArray();
        for (int i : new int[]{0, 2, 7, 30, 50, chars.length - 3, chars.length - 1}) {
            char[] tampered = chars.clone();
            tampered[i] = tampered[i] == 'A' ? 'B' : 'A';
            Response response = RestAssured.given().post(PATH + new String(tampered));
            assertThat(response.statusCode()).as("byte %d", i).isEqualTo(400);
            assertThat(response.asString()).doesNotContain("acme").doesNotContain(a.clientId());
        }
        RestAssured.given().post(PATH + "not-a-token").then().statusCode(400);
        RestAssured.given().get(PATH + a.token() + "x").then().statusCode(400);
        assertThat(contactOnCard(a).getBoolean("details.emailConsent")).isTrue();
    }

    @Test
    void aTokenSignedWithAnotherSecret_orForAnotherAddress_isRefused() {
        Arranged a = contactWithLink();
        LinkSigner forger = new LinkSigner(LinkKeys.of("a-secret-the-server-does-not-have", 1, ""));
        String forged = forger.sign(new dev.fieldcrm.core.informing.Link(dev.fieldcrm.core.informing.LinkPurpose.UNSUBSCRIBE,
                Channel.EMAIL, "acme", a.clientId(), a.contactId(), Instant.now()), a.email());
        RestAssured.given().post(PATH + forged).then().statusCode(400);
        String otherAddress = links.unsubscribe("acme", a.clientId(), a.contactId(), Channel.EMAIL, "victim@example.com",
                Instant.now());
        RestAssured.given().post(PATH + otherAddress.substring(otherAddress.lastIndexOf('/') + 1)).then().statusCode(400);
        assertThat(contactOnCard(a).getBoolean("details.emailConsent")).isTrue();
        assertThat(suppressions().isSuppressed("acme", "victim@example.com")).isEmpty();
    }

    @Test
    void theSameContactInAnotherTenant_cannotBeNamedByChangingTheTenant() {
        Arranged a = contactWithLink();
        String globex = links.unsubscribe("globex", a.clientId(), a.contactId(), Channel.EMAIL, a.email(), Instant.now());
        RestAssured.given().post(PATH + globex.substring(globex.lastIndexOf('/') + 1)).then().statusCode(400);
        assertThat(contactOnCard(a).getBoolean("details.emailConsent")).isTrue();
    }
}
