package dev.fieldcrm.api.orders;

import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.catalog.CatalogService;
import dev.fieldcrm.core.catalog.PriceLineInput;
import dev.fieldcrm.core.catalog.PriceListInput;
import dev.fieldcrm.core.catalog.ProductInput;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.orders.OrderInput;
import dev.fieldcrm.core.orders.OrderService;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.ValidationFailed;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Which price list an order may use, in a tenant of its own (so no other test's list can apply). */
@QuarkusTest
class OrderPricingRulesTest {
    @Inject
    ClientService clients;
    @Inject
    CatalogService catalog;
    @Inject
    OrderService orders;

    private final Caller boss = new Caller("pricing" + TestData.next(), "boss", Set.of(Role.MANAGER), "east", ZoneId.of("UTC"));

    private static OrderInput tea(String priceListId) {
        return new OrderInput(List.of(new OrderInput.Line("TEA", BigDecimal.ONE)), null, null, priceListId);
    }

    private String client() {
        return clients.create(boss, null, new ClientDetails("Client", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null), null).id();
    }

    private static List<String> fields(ValidationFailed refused) {
        return refused.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void withoutAnyApplicableList_anOrderIsRefusedOnPriceListId() {
        catalog.putProduct(boss, "TEA", null, new ProductInput("Tea", "pcs", new BigDecimal("20"), null, true));
        String client = client();
        LocalDate today = LocalDate.now(ZoneId.of("UTC"));
        // A list that ended yesterday and one that starts tomorrow: neither applies today.
        catalog.putPriceList(boss, "OLD", null, new PriceListInput("Old", "RUB", null, null, today.minusYears(1), today.minusDays(1), true));
        catalog.putPriceList(boss, "NEXT", null, new PriceListInput("Next", "RUB", null, null, today.plusDays(1), null, true));
        catalog.putLines(boss, "OLD", List.of(new PriceLineInput("TEA", BigDecimal.TEN)));

        ValidationFailed none = catchThrowableOfType(ValidationFailed.class, () -> orders.create(boss, client, null, tea(null), null));
        ValidationFailed expired = catchThrowableOfType(ValidationFailed.class, () -> orders.create(boss, client, null, tea("OLD"), null));

        assertThat(fields(none)).containsExactly("priceListId");
        assertThat(fields(expired)).containsExactly("priceListId");
        assertThat(orders.ofClient(boss, client, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void anInactiveList_doesNotApply_evenWhenItIsTheOnlyOne() {
        catalog.putProduct(boss, "TEA", null, new ProductInput("Tea", "pcs", new BigDecimal("20"), null, true));
        catalog.putPriceList(boss, "OFF", null, new PriceListInput("Off", "RUB", null, null, LocalDate.of(2020, 1, 1), null, false));
        catalog.putLines(boss, "OFF", List.of(new PriceLineInput("TEA", BigDecimal.TEN)));
        String client = client();

        assertThat(fields(catchThrowableOfType(ValidationFailed.class, () -> orders.create(boss, client, null, tea(null), null))))
                .containsExactly("priceListId");

        catalog.putPriceList(boss, "OFF", 1L, new PriceListInput("Off", "RUB", null, null, LocalDate.of(2020, 1, 1), null, true));
        assertThat(orders.create(boss, client, null, tea(null), null).gross()).isEqualByComparingTo("12.00");
    }
}
