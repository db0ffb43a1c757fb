package dev.fieldcrm.api.imports;

import dev.fieldcrm.api.support.Fetch;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.imports.Jobs.imported;
import static dev.fieldcrm.api.imports.Jobs.rows;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ContactImportTest {
    private static final String HEADER = "clientId,clientExternalId,externalId,name,buyingRole,phones,emails,birthday,emailConsent\n";

    @Test
    void contacts_areAddedToTheClientNamedByItsExternalId_andUpdatedOnReimport() {
        String clientExternal = "C-" + TestData.next();
        imported("mgr", "clients", false, "externalId,name\n" + clientExternal + ",Contacts host " + TestData.next() + "\n");
        String contactExternal = "P-" + TestData.next();
        String phone = TestData.phone();
        String first = HEADER + "," + clientExternal + "," + contactExternal + ",Мария,DECISION_MAKER," + phone + ",,1985-03-01,true\n";
        String second = HEADER + "," + clientExternal + "," + contactExternal + ",Мария Ивановна,DECISION_MAKER," + phone + ",,1985-03-01,true\n";

        JsonPath created = imported("mgr", "contacts", false, first);
        JsonPath updated = imported("mgr", "contacts", false, second);

        assertThat(created.getMap("counts")).containsEntry("CREATED", 1);
        assertThat(updated.getMap("counts")).containsEntry("UPDATED", 1).containsEntry("CREATED", 0);
        String contactId = (String) rows("mgr", created.getString("id"), null).getFirst().get("recordId");
        JsonPath card = Fetch.card("mgr", clientIdOf(clientExternal));
        assertThat(card.getList("contacts.id")).containsExactly(contactId);
        assertThat(card.getList("contacts.details.name")).containsExactly("Мария Ивановна");
        assertThat(card.getList("contacts.details.phones[0]")).containsExactly(TestData.e164(phone));
    }

    @Test
    void aDryRun_reportsBadRowsOfContacts_andWritesNothing() {
        String client = Given.client("rep1");
        String clientEmail = Fetch.card("rep1", client).getString("client.details.emails[0]");
        String westClient = Given.client("rep3");
        String csv = HEADER
                + client + ",,,Good,,,,,\n"
                + client + ",,,Bad role,BOSS,,,31.12.1990,maybe\n"
                + westClient + ",,,Not my team,,,,,\n"
                + client + ",,,Same email,,," + clientEmail.toUpperCase() + ",,\n"
                + ",,,No client,,,,,\n";

        JsonPath job = imported("mgr", "contacts", true, csv);

        List<Map<String, Object>> rows = rows("mgr", job.getString("id"), null);
        assertThat(rows).extracting(r -> r.get("outcome")).containsExactly("CREATED", "INVALID", "INVALID", "DUPLICATE", "INVALID");
        assertThat(fields(rows.get(1))).containsExactlyInAnyOrder("buyingRole", "birthday", "emailConsent");
        assertThat(fields(rows.get(2))).containsExactly("clientId");
        assertThat(rows.get(3)).extracting(r -> ((Map<?, ?>) r.get("existing")).get("clientId")).isEqualTo(client);
        assertThat(Fetch.card("rep1", client).getList("contacts")).isEmpty();
    }

    private static String clientIdOf(String externalId) {
        JsonPath job = imported("mgr", "clients", true, "externalId,name\n" + externalId + ",x\n");
        return (String) rows("mgr", job.getString("id"), null).getFirst().get("recordId");
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("errors")).stream().map(e -> (String) e.get("field")).toList();
    }
}
