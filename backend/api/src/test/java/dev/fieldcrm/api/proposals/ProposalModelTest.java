package dev.fieldcrm.api.proposals;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalModelTest {

    @Test
    void theClientsLegalForm_isPrintedOnce_whetherOrNotTheNameAlreadyStartsWithIt() {
        assertThat(ProposalModel.displayName("«Ёлка»", "ООО")).isEqualTo("ООО «Ёлка»");
        assertThat(ProposalModel.displayName("ИП «Агроснаб»", "ИП")).isEqualTo("ИП «Агроснаб»");
        assertThat(ProposalModel.displayName("ооо Ромашка", "ООО")).isEqualTo("ооо Ромашка");
        assertThat(ProposalModel.displayName("Ипподром", "ИП")).isEqualTo("ИП Ипподром");
        assertThat(ProposalModel.displayName("Ромашка", null)).isEqualTo("Ромашка");
    }
}
