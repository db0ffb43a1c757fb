package dev.fieldcrm.api.orders;

import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.core.dynamo.DynamoOrderQueries;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static dev.fieldcrm.api.orders.Sales.orderBody;
import static org.assertj.core.api.Assertions.assertThat;

/** Confirmed orders are on the month index (GSI2) the ABC analysis reads; drafts and cancelled orders are not. */
@QuarkusTest
class MonthlySalesIndexTest {
    @Inject
    DynamoDbClient dynamo;
    @Inject
    FieldCrmConfig config;

    @Test
    void aConfirmedOrder_isASaleOfItsMonth_untilItIsCancelled() {
        Sales.World world = Sales.world("rep1");
        String draft = Sales.order("rep1", world.clientId(), orderBody(world.sku(), "1")).getString("id");
        String sale = Sales.order("rep1", world.clientId(), orderBody(world.sku(), "2")).getString("id");
        Sales.step("rep1", world.clientId(), sale, "submit", 1).then().statusCode(200);
        String orderedAt = Sales.step("mgr", world.clientId(), sale, "confirm", 2).then().statusCode(200).extract().path("orderedAt");
        YearMonth month = YearMonth.from(Instant.parse(orderedAt).atZone(ZoneOffset.UTC));

        assertThat(salesOf(month)).contains(sale).doesNotContain(draft);

        Sales.step("mgr", world.clientId(), sale, "cancel", 3).then().statusCode(200);
        assertThat(salesOf(month)).doesNotContain(sale);
    }

    private List<String> salesOf(YearMonth month) {
        DynamoOrderQueries queries = new DynamoOrderQueries(dynamo, config.table());
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Page<Order> page = queries.salesOfMonth("acme", month, new PageRequest(200, cursor));
            page.items().forEach(o -> ids.add(o.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return ids;
    }
}
