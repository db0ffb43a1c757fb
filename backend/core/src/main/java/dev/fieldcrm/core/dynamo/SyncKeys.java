package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.sync.FeedPosition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Keys of the sync feed: one partition per user, {@code T#t#FEED#<userId>}, with entries sorted by their
 * {@link FeedPosition} ({@code <stamp>#<streamEventId>#<nnn>}). A cursor holds only a position: the partition always
 * comes from the caller's token.
 */
final class SyncKeys {
    private SyncKeys() {
    }

    static String feed(String tenantId, String userId) {
        return Keys.tenant(tenantId) + "FEED#" + userId;
    }

    static Map<String, AttributeValue> entry(String tenantId, String userId, FeedPosition position) {
        return Keys.key(feed(tenantId, userId), position.value());
    }
}
