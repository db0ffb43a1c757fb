package dev.fieldcrm.api.webforms;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.DynamoDbLocalResource;
import dev.fieldcrm.api.webforms.FormFixtures.Form;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.dynamo.DynamoInboundLookups;
import dev.fieldcrm.core.informing.Link;
import dev.fieldcrm.core.informing.LinkPurpose;
import dev.fieldcrm.core.informing.PublicLinks;
import dev.fieldcrm.core.leads.ConsentConfirmation;
import dev.fieldcrm.core.leads.ConsentLinks;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.leads.LeadFields;
import dev.fieldcrm.core.leads.LeadConversion;
import dev.fieldcrm.core.leads.LeadConverted;
import dev.fieldcrm.core.leads.LeadService;
import dev.fieldcrm.core.leads.LeadStatus;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.store.ChangeSet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.fieldcrm.api.webforms.FormFixtures.form;
import static dev.fieldcrm.api.webforms.FormFixtures.guard;
import static dev.fieldcrm.api.webforms.FormFixtures.newForm;
import static dev.fieldcrm.api.webforms.FormFixtures.submission;
import static dev.fieldcrm.api.webforms.FormFixtures.submit;
import static dev.fieldcrm.api.webforms.FormFixtures.token;
import static dev.fieldcrm.api.webforms.FormFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Double opt-in: a form's optional consents wait for the person's confirmation (the worker emails the link; its
 * processing is tested in the worker), and the public page confirms them once, on the lead or on the client's contact.
 */
@QuarkusTest
class DoubleOptInTest {
    private static final String CONFIRM = "/api/v1/forms/confirm/";

    @Inject PublicLinks publicLinks;
    @Inject CoreServices core;
    @Inject LeadService leads;
    @Inject DynamoCalls calls;

    @Test
    void aDoubleOptInForm_storesTheOptionalConsentsAsPending_andTheRequiredOnesAsGiven() {
        Map<String, Object> spec = with(form("Newsletter"), "consents", List.of(
                Map.of("name", "privacy", "label", "I accept the privacy policy", "required", true),
                Map.of("name", "marketing", "label", "Send me news", "required", false)));
        Form form = newForm(with(spec, "doubleOptIn", true));
        Map<String, Object> body = new HashMap<>(submission("optin-00000001", token(form.key()), "anna@example.com"));
        body.put("consents", Map.of("privacy", true, "marketing", true));

        submit(form, body).then().statusCode(202);

        InboundRequest stored = lookups().request(form.tenant(),
                guard(form.tenant(), form.id(), "SUB", "optin-00000001").get("holderId").s()).orElseThrow();
        assertThat(stored.pendingConsents()).containsExactly("marketing");
        assertThat(stored.fields().consents()).containsEntry("privacy", true).doesNotContainKey("marketing");
    }

    @Test
    void theLink_showsAPageOnGet_confirmsOnPost_onceWithTimeAndAddress_andTheLeadGetsTheConsent() {
        String tenant = FormFixtures.newTenant();
        Lead lead = storeLead(tenant);
        ConsentConfirmation pending = store(tenant, confirmation(lead.id(), null, null, Instant.now()));
        String token = tokenOf(tenant, pending);

        RestAssured.given().get(CONFIRM + token).then().statusCode(200)
                .body(containsString("an***@example.com")).body(containsString("method=\"post\""));
        assertThat(lookups().consentConfirmation(tenant, pending.id()).orElseThrow().confirmed()).isFalse();

        RestAssured.given().post(CONFIRM + token).then().statusCode(200).body(containsString("Subscription confirmed"));
        ConsentConfirmation done = lookups().consentConfirmation(tenant, pending.id()).orElseThrow();
        assertThat(done.confirmedAt()).isNotNull();
        assertThat(done.confirmedFrom()).isNotBlank();
        assertThat(lookups().lead(tenant, lead.id()).orElseThrow().fields().consents()).containsEntry("marketing", true);

        RestAssured.given().post(CONFIRM + token).then().statusCode(200);
        ConsentConfirmation again = lookups().consentConfirmation(tenant, pending.id()).orElseThrow();
        assertThat(again.confirmedAt()).isEqualTo(done.confirmedAt());
        assertThat(again.version()).isEqualTo(done.version());
    }

    @Test
    void confirmingForAClient_switchesOnTheContactsEmailConsent_whichMailingsRead() {
        String tenant = FormFixtures.newTenant();
        Contact contact = clientContact(tenant);
        ConsentConfirmation pending = store(tenant, confirmation(null, contact.clientId(), contact.id(), Instant.now()));

        RestAssured.given().post(CONFIRM + tokenOf(tenant, pending)).then().statusCode(200);

        Contact after = contactOf(tenant, contact.clientId(), contact.id());
        assertThat(after.details().emailConsent()).isTrue();
        assertThat(after.details().smsConsent()).isFalse();
    }

    /** A client of rob's with the contact Anna (anna@example.com), without consents. */
    private Contact clientContact(String tenant) {
        Client client = core.clients().create(rob(tenant), null, new ClientDetails("Optin Co " + Ids.newId(), null, null,
                null, null, List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null, null, null,
                null), null);
        return core.contacts().add(rob(tenant), client.id(), null, new ContactDetails("Anna", null, null, List.of(),
                List.of("anna@example.com"), null, null, false, false), null);
    }

    private Contact contactOf(String tenant, String clientId, String contactId) {
        return core.clients().card(rob(tenant), clientId).contacts().stream()
                .filter(c -> c.id().equals(contactId)).findFirst().orElseThrow();
    }

    private static Caller rob(String tenant) {
        return new Caller(tenant, "rob", Set.of(Role.REP), "north", ZoneOffset.UTC);
    }

    @Test
    void aConfirmationAfterTheLeadWasConverted_landsOnTheContactItBecame_withTheAudit_inFourCalls() {
        String tenant = FormFixtures.newTenant();
        Lead lead = storeLead(tenant);
        ConsentConfirmation pending = store(tenant, confirmation(lead.id(), null, null, Instant.now()));
        LeadConverted converted = leads.convert(rob(tenant), lead.id(), lead.version(), new LeadConversion(null, null, null));
        assertThat(converted.contact().details().emailConsent()).isFalse();

        calls.reset();
        RestAssured.given().post(CONFIRM + tokenOf(tenant, pending)).then().statusCode(200);

        // confirmation · lead (converted: points at its client) · the client's card · one transaction
        assertThat(calls.made()).containsExactly("GetItem", "GetItem", "Query", "TransactWriteItems");
        assertThat(contactOf(tenant, converted.client().id(), converted.contact().id()).details().emailConsent()).isTrue();
        assertThat(lookups().lead(tenant, lead.id()).orElseThrow().fields().consents()).containsEntry("marketing", true);
        assertThat(core.clients().history(rob(tenant), converted.client().id(), PageRequest.first(50)).items())
                .anySatisfy(e -> assertThat(e.action()).startsWith("consents confirmed (marketing)"));
    }

    @Test
    void aConfirmationBeforeTheConversion_goesWithTheLeadToTheNewContact() {
        String tenant = FormFixtures.newTenant();
        Lead lead = storeLead(tenant);
        ConsentConfirmation pending = store(tenant, confirmation(lead.id(), null, null, Instant.now()));
        RestAssured.given().post(CONFIRM + tokenOf(tenant, pending)).then().statusCode(200);
        Lead confirmed = lookups().lead(tenant, lead.id()).orElseThrow();

        LeadConverted converted = leads.convert(rob(tenant), lead.id(), confirmed.version(), new LeadConversion(null, null, null));

        assertThat(contactOf(tenant, converted.client().id(), converted.contact().id()).details().emailConsent()).isTrue();
    }

    @Test
    void aConfirmationAfterAMerge_landsOnTheClientsContactWithThatAddress_andBeforeAMerge_goesWithIt() {
        for (boolean confirmFirst : List.of(false, true)) {
            String tenant = FormFixtures.newTenant();
            Contact contact = clientContact(tenant);
            Lead lead = storeLead(tenant);
            ConsentConfirmation pending = store(tenant, confirmation(lead.id(), null, null, Instant.now()));
            if (confirmFirst) {
                RestAssured.given().post(CONFIRM + tokenOf(tenant, pending)).then().statusCode(200);
            }
            long version = lookups().lead(tenant, lead.id()).orElseThrow().version();

            leads.merge(rob(tenant), lead.id(), version, contact.clientId());
            if (!confirmFirst) {
                RestAssured.given().post(CONFIRM + tokenOf(tenant, pending)).then().statusCode(200);
            }

            assertThat(contactOf(tenant, contact.clientId(), contact.id()).details().emailConsent())
                    .as("confirmed " + (confirmFirst ? "before" : "after") + " the merge").isTrue();
        }
    }

    @Test
    void anExpiredLink_is410_andConfirmsNothing() {
        String tenant = FormFixtures.newTenant();
        Lead lead = storeLead(tenant);
        ConsentConfirmation old = store(tenant, confirmation(lead.id(), null, null, Instant.now().minus(8, ChronoUnit.DAYS)));

        RestAssured.given().post(CONFIRM + tokenOf(tenant, old)).then().statusCode(410);

        assertThat(lookups().consentConfirmation(tenant, old.id()).orElseThrow().confirmed()).isFalse();
        assertThat(lookups().lead(tenant, lead.id()).orElseThrow().fields().consents()).doesNotContainKey("marketing");
    }

    @Test
    void aTamperedLink_aLinkForAnotherAddress_andAnotherTenantsLink_areAll404AndConfirmNothing() {
        String tenant = FormFixtures.newTenant();
        String other = FormFixtures.newTenant();
        Lead lead = storeLead(tenant);
        ConsentConfirmation pending = store(tenant, confirmation(lead.id(), null, null, Instant.now()));
        String token = tokenOf(tenant, pending);
        // Not the last character: its low bits may be base64 padding, so changing it may change no byte.
        int at = token.length() - 3;
        String tampered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        String otherAddress = publicLinks.signer().sign(new Link(LinkPurpose.CONSENT, Channel.EMAIL, tenant, pending.id(),
                pending.id(), pending.createdAt()), "someone@example.com");
        String otherTenant = publicLinks.signer().sign(new Link(LinkPurpose.CONSENT, Channel.EMAIL, other, pending.id(),
                pending.id(), pending.createdAt()), pending.email());
        String unsubscribeLink = publicLinks.signer().sign(new Link(LinkPurpose.UNSUBSCRIBE, Channel.EMAIL, tenant,
                pending.id(), pending.id(), pending.createdAt()), pending.email());

        for (String bad : List.of(tampered, otherAddress, otherTenant, unsubscribeLink, "not-a-token")) {
            RestAssured.given().post(CONFIRM + bad).then().statusCode(404).body(containsString("not valid"));
            RestAssured.given().get(CONFIRM + bad).then().statusCode(404);
        }
        assertThat(lookups().consentConfirmation(tenant, pending.id()).orElseThrow().confirmed()).isFalse();
    }

    private String tokenOf(String tenant, ConsentConfirmation confirmation) {
        return new ConsentLinks(publicLinks.signer(), "").url(tenant, confirmation);
    }

    private static ConsentConfirmation confirmation(String leadId, String clientId, String contactId, Instant created) {
        Instant at = created.truncatedTo(ChronoUnit.SECONDS);
        return new ConsentConfirmation(Ids.newId(), "anna@example.com", List.of("marketing"), "en", "Newsletter",
                leadId, clientId, contactId, at, at.plus(ConsentConfirmation.VALIDITY), null, null, 1);
    }

    private static Lead storeLead(String tenant) {
        Instant now = Instant.now();
        Lead lead = new Lead(Ids.newId(), LeadStatus.OPEN, "rob", "north",
                new LeadFields("Anna", null, "anna@example.com", null, null, null, null, null, Map.of("privacy", true), Map.of()),
                "anna@example.com", null, "website-form", "Newsletter", Map.of(), List.of(), now, null, null, now, now,
                "inbound", 1);
        // With its guards, as processing stores an open lead: converting or merging releases them.
        ChangeSet changes = new ChangeSet().create(lead);
        lead.guards().forEach(guard -> changes.claim(guard, new RecordRef(lead.id(), null, lead.displayName())));
        new DynamoChangeWriter(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE).apply(tenant, changes);
        return lead;
    }

    private static <T> T store(String tenant, T record) {
        new DynamoChangeWriter(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE)
                .apply(tenant, new ChangeSet().create(record));
        return record;
    }

    private static DynamoInboundLookups lookups() {
        return new DynamoInboundLookups(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE);
    }
}
