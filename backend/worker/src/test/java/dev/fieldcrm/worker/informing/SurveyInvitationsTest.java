package dev.fieldcrm.worker.informing;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DynamoSettingsQueries;
import dev.fieldcrm.core.dynamo.InformingServices;
import dev.fieldcrm.core.informing.TenantNames;
import dev.fieldcrm.core.deals.SalesSettings;
import dev.fieldcrm.core.deals.SalesSettingsInput;
import dev.fieldcrm.core.informing.LinkPurpose;
import dev.fieldcrm.core.informing.PublicLinks;
import dev.fieldcrm.core.informing.SurveyInvitation;
import dev.fieldcrm.core.informing.SurveyRequest;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.EmailMessage;
import dev.fieldcrm.core.notify.SmsMessage;
import dev.fieldcrm.core.notify.SmsSegments;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.worker.config.WorkerConfig;
import dev.fieldcrm.worker.notify.CapturingEmailSender;
import dev.fieldcrm.worker.notify.CapturingSmsSender;
import dev.fieldcrm.worker.support.Stream;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored survey invitation reaches its contact once, with a signed link to the public page, through the stream. */
@QuarkusTest
class SurveyInvitationsTest {
    private static final Caller REP1 = new Caller("acme", "rep1", Set.of(Role.REP), "east", ZoneId.of("Europe/Moscow"));

    @Inject CoreServices core;
    @Inject DynamoDbClient dynamo;
    @Inject WorkerConfig worker;
    @Inject PublicLinks links;
    @Inject CapturingEmailSender emails;
    @Inject CapturingSmsSender sms;

    @Test
    void anInvitation_isSentOnceWithASignedSurveyLink_evenWhenTheStreamRedeliversIt() {
        String address = "survey." + Ids.newId().toLowerCase() + "@example.com";
        SurveyInvitation invitation = emailSurvey(REP1, address, "en");

        Stream.pump();
        // The same insert handed to the listener again (a redelivered stream batch).
        new dev.fieldcrm.core.informing.SurveyInvitations(postmanOf(), links,
                new TenantNames(new DynamoSettingsQueries(dynamo, worker.table()), Clock.systemUTC()))
                .on(new dev.fieldcrm.core.events.Change("acme", "redelivered", null, invitation));

        List<EmailMessage> mine = emails.sent().stream().filter(m -> m.to().equals(address)).toList();
        assertThat(mine).hasSize(1);
        String token = mine.getFirst().text().replaceAll("(?s).*/s/([A-Za-z0-9_-]+).*", "$1");
        var opened = links.signer().open(token).orElseThrow();
        assertThat(opened.claims().purpose()).isEqualTo(LinkPurpose.SURVEY);
        assertThat(opened.claims().subjectId()).isEqualTo(invitation.id());
        assertThat(opened.signedFor("")).isTrue();
    }

    @Test
    void aRussianInvitationBySms_withTheDefaultSettings_fitsTwoSegments_andCarriesTheWholeLink() {
        Client client = core.clients().create(REP1, null, new ClientDetails("ООО «Опрос» " + Ids.newId(), null, null, null,
                null, List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null, null, null, null), null);
        String phone = "+7916" + String.format("%07d", Math.floorMod(Ids.newId().hashCode(), 10_000_000));
        core.contacts().add(REP1, client.id(), null, new ContactDetails("Анна Константиновна Преображенская", null, null,
                List.of(phone), List.of(), null, null, false, true), null);
        var surveys = InformingServices.onDynamo(core, dynamo, worker.table(), links, (t, a, s) -> { }, Clock.systemUTC()).surveys();
        SurveyInvitation invitation = surveys.send(REP1, client.id(), new SurveyRequest(Channel.SMS, null, "ru"), null).getFirst();

        Stream.pump();

        List<SmsMessage> mine = sms.sent().stream().filter(m -> m.to().equals(invitation.address())).toList();
        assertThat(mine).hasSize(1);
        String url = links.survey("acme", client.id(), invitation.id(), Channel.SMS, invitation.createdAt());
        assertThat(url).startsWith("http://localhost:8080/s/");
        assertThat(mine.getFirst().text()).isEqualTo("Оцените нашу работу: " + url);
        SmsSegments segments = SmsSegments.of(mine.getFirst().text());
        assertThat(segments.ucs2()).isTrue();
        assertThat(segments.segments()).isLessThanOrEqualTo(SmsSegments.MAX_SEGMENTS);
    }

    @Test
    void theEmailShowsTheTenantsDisplayName_fromTheSalesSettings_notItsId() {
        String tenant = "named" + Ids.newId().substring(16).toLowerCase();
        Caller admin = new Caller(tenant, "adm", Set.of(Role.ADMIN), "east", ZoneId.of("UTC"));
        Caller rep = new Caller(tenant, "rep1", Set.of(Role.REP), "east", ZoneId.of("Europe/Moscow"));
        SalesSettings defaults = core.salesSettings().config(admin).settings();
        core.salesSettings().update(admin, 0, new SalesSettingsInput(defaults.sources(), defaults.wonReasons(),
                defaults.lostReasons(), "RUB", "ООО «Ромашка»"));
        String address = "named." + Ids.newId().toLowerCase() + "@example.com";
        emailSurvey(rep, address, "ru");

        Stream.pump();

        EmailMessage mail = emails.sent().stream().filter(m -> m.to().equals(address)).findFirst().orElseThrow();
        assertThat(mail.html()).contains("ООО «Ромашка»").doesNotContain(tenant);
        assertThat(mail.text()).contains("ООО «Ромашка»").doesNotContain(tenant);
    }

    /** A survey sent by email to a new client's one contact (consenting, with {@code address}). */
    private SurveyInvitation emailSurvey(Caller rep, String address, String locale) {
        Client client = core.clients().create(rep, null, new ClientDetails("Survey " + Ids.newId(), null, null, null,
                null, List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null, null, null, null), null);
        core.contacts().add(rep, client.id(), null, new ContactDetails("Anna", null, null, List.of(), List.of(address),
                null, null, true, false), null);
        var surveys = InformingServices.onDynamo(core, dynamo, worker.table(), links, (t, a, s) -> { }, Clock.systemUTC()).surveys();
        return surveys.send(rep, client.id(), new SurveyRequest(Channel.EMAIL, null, locale), null).getFirst();
    }

    @Inject dev.fieldcrm.core.notify.Postman postman;

    private dev.fieldcrm.core.notify.Postman postmanOf() {
        return postman;
    }
}
