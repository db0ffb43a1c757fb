package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.Geography;
import dev.fieldcrm.core.clients.Priority;
import dev.fieldcrm.core.clients.Requisites;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClientTransferTest {
    private static final ClientDetails STORED = new ClientDetails("Ёлка", "ООО", "Kept: no column", "Retail", null,
            List.of(), List.of("+79161234567"), List.of("a@example.com"), new Requisites("7701234567", "OGRN-1", null, null),
            new Geography("Россия", null, "Тверь", null, 56.85, 35.9), null, Priority.A, null, null, null, null, null, 4,
            null, "ERP-1");

    @Test
    void onlyTheColumnsOfTheFile_change_theRestOfTheCardIsKept() {
        CsvRow row = CsvRow.of(1, Map.of("name", "Ёлка-2", "city", "Москва", "phones", "8 916 111-22-33 | +7 916 222 33 44"));

        ClientDetails merged = ClientTransfer.merge(STORED, row);

        assertThat(merged.name()).isEqualTo("Ёлка-2");
        assertThat(merged.geography()).isEqualTo(new Geography("Россия", null, "Москва", null, 56.85, 35.9));
        assertThat(merged.phones()).containsExactly("8 916 111-22-33", "+7 916 222 33 44");
        assertThat(merged.description()).isEqualTo("Kept: no column");
        assertThat(merged.requisites().registrationNumber()).isEqualTo("OGRN-1");
        assertThat(merged.emails()).containsExactly("a@example.com");
        assertThat(merged.loyalty()).isEqualTo(4);
        assertThat(merged.externalId()).isEqualTo("ERP-1");
    }

    @Test
    void anEmptyCell_clearsTheField_butAnAbsentColumnDoesNot() {
        CsvRow row = CsvRow.of(1, Map.of("name", "Ёлка", "industry", "", "emails", ""));

        ClientDetails merged = ClientTransfer.merge(STORED, row);

        assertThat(merged.industry()).isNull();
        assertThat(merged.emails()).isEmpty();
        assertThat(merged.legalForm()).isEqualTo("ООО");
    }

    @Test
    void anExportedRow_mergesBackToTheSameDetails() {
        dev.fieldcrm.core.clients.Client client = new dev.fieldcrm.core.clients.Client("01JAAAAAAAAAAAAAAAAAAAAAAA",
                "rep1", "east", STORED, false, null, List.of(), null, "rep1", null, "rep1", 1);
        List<String> exported = ClientTransfer.row(client);
        java.util.Map<String, String> cells = new java.util.HashMap<>();
        for (int i = 0; i < ClientTransfer.COLUMNS.size(); i++) {
            cells.put(ClientTransfer.COLUMNS.get(i), exported.get(i) == null ? "" : exported.get(i));
        }

        assertThat(ClientTransfer.merge(STORED, CsvRow.of(1, cells))).isEqualTo(STORED);
    }

    @Test
    void errorPaths_nameTheirColumns() {
        ClientTransfer transfer = new ClientTransfer(null, null, null);

        assertThat(transfer.column("requisites.taxId")).isEqualTo("taxId");
        assertThat(transfer.column("phones[1]")).isEqualTo("phones");
        assertThat(transfer.column("emails[0].<list element>")).isEqualTo("emails");
        assertThat(transfer.column("name")).isEqualTo("name");
    }
}
