package dev.fieldcrm.api.security;

import dev.fieldcrm.api.support.TestData;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Cursors taken from someone's client list, to be presented by someone else. */
final class Cursors {
    private Cursors() {
    }

    /** A cursor into the owner's list of two new clients named {@code prefix …}, proven to lead to the second. */
    static String takeFrom(String tenant, String owner, String prefix) {
        for (int i = 0; i < 2; i++) {
            as(tenant, owner).body(TestData.client(prefix + " " + i)).post("/api/v1/clients").then().statusCode(201);
        }
        String cursor = as(tenant, owner).queryParam("q", prefix).queryParam("limit", 1).get("/api/v1/clients")
                .then().statusCode(200).extract().path("nextCursor");
        assertThat(cursor).as("the owner's first page has a next one").isNotNull();
        // The owner continues with it: so a refusal for anyone else is about who presents it.
        as(tenant, owner).queryParam("q", prefix).queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/api/v1/clients").then().statusCode(200).body("items.size()", is(1));
        return cursor;
    }
}
