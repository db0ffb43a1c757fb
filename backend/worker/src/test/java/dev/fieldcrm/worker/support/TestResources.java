package dev.fieldcrm.worker.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the DynamoDB Local resource for every @QuarkusTest of this module (one database, one stream). */
@QuarkusTestResource(WorkerDynamoResource.class)
public final class TestResources {
    private TestResources() {
    }
}
