package dev.fieldcrm.api.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the DynamoDB Local resource for every @QuarkusTest of this module (one app, one database). */
@QuarkusTestResource(DynamoDbLocalResource.class)
public final class TestResources {
    private TestResources() {
    }
}
