package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.InformingServices;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.testing.LocalTable;
import dev.fieldcrm.core.testing.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A survey SMS is never cut: one whose link cannot fit two segments is refused when the survey is sent. */
class SurveySmsFitTest {
    private static final Caller REP1 = new Caller("acme", "rep1", Set.of(Role.REP), "east", ZoneId.of("Europe/Moscow"));
    private static final LinkSigner SIGNER = new LinkSigner(LinkKeys.of("the-current-secret-of-the-server", 1, ""));

    @Test
    void aRussianSmsSurvey_whoseLinkCannotFitTwoSegments_isRefusedWith422_andNothingIsStored() {
        String table = LocalTable.fresh();
        TestUsers.seed(LocalTable.client(), table);
        CoreServices core = CoreServices.onDynamo(LocalTable.client(), table, "RU", Clock.systemUTC());
        // The long page route instead of the short /s/ one: 21 characters of text + 46 + a 71-character token > 134.
        PublicLinks longLinks = new PublicLinks(SIGNER, "https://crm.example.com/u/",
                "https://crm.example.com/api/v1/public/surveys/");
        SurveyService surveys = InformingServices.onDynamo(core, LocalTable.client(), table, longLinks, (t, a, s) -> { },
                Clock.systemUTC()).surveys();
        Client client = core.clients().create(REP1, null, new ClientDetails("ООО «Длинные ссылки»", null, null, null,
                null, List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null, null, null, null), null);

        LocalTable.CALLS.reset();
        ValidationFailed refused = catchThrowableOfType(ValidationFailed.class,
                () -> surveys.send(REP1, client.id(), new SurveyRequest(Channel.SMS, null, "ru"), null));
        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("channel");
        assertThat(refused.errors().getFirst().message()).contains("3 segments");
        assertThat(LocalTable.CALLS.made()).doesNotContain("TransactWriteItems", "PutItem");
    }
}
