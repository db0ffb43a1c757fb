package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.notify.SuppressedAddresses;
import dev.fieldcrm.core.notify.Suppression;
import dev.fieldcrm.core.notify.SuppressionReason;
import dev.fieldcrm.core.notify.Suppressions;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.ValidationFailed;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The suppression list in the tenant's {@code SUPPRESSIONS} partition (keys: {@link NotifyKeys}). Calls:
 * {@link #suppress} one PutItem conditional on absence (the first entry stays; the old one comes back on failure);
 * {@link #isSuppressed} one GetItem; {@link #list} one Query per page; {@link #remove} one DeleteItem.
 */
public final class DynamoSuppressions implements Suppressions {
    private final DynamoDbClient dynamo;
    private final String table;
    private final SuppressedAddresses addresses;
    private final Clock clock;
    private final PagedQuery pages;

    public DynamoSuppressions(DynamoDbClient dynamo, String table, SuppressedAddresses addresses, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.addresses = addresses;
        this.clock = clock;
        this.pages = new PagedQuery(dynamo, table);
    }

    @Override
    public Suppression suppress(String tenantId, String address, SuppressionReason reason, String source) {
        Suppression entry = new Suppression(addresses.normalise(address), reason, source, clock.instant());
        try {
            dynamo.putItem(b -> b.tableName(table).item(ItemCodec.encode(entry, Keys.of(tenantId, entry)))
                    .conditionExpression("attribute_not_exists(" + TableDesign.PK + ")")
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return entry;
        } catch (ConditionalCheckFailedException alreadyThere) {
            return alreadyThere.hasItem() && !alreadyThere.item().isEmpty()
                    ? ItemCodec.decode(alreadyThere.item(), Suppression.class)
                    : entry;
        }
    }

    @Override
    public Optional<Suppression> isSuppressed(String tenantId, String address) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(NotifyKeys.suppressionKey(tenantId, lookup(address)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ItemCodec.decode(item, Suppression.class));
    }

    @Override
    public Page<Suppression> list(String tenantId, PageRequest page) {
        return pages.page(null, NotifyKeys.suppressions(tenantId),
                PagedQuery.SortCondition.beginsWith(NotifyKeys.ADDRESS_PREFIX), false, page, Suppression.class);
    }

    @Override
    public boolean remove(String tenantId, String address) {
        Map<String, AttributeValue> old = dynamo.deleteItem(b -> b.tableName(table)
                .key(NotifyKeys.suppressionKey(tenantId, lookup(address))).returnValues(ReturnValue.ALL_OLD)).attributes();
        return old != null && !old.isEmpty();
    }

    /** An address that is no email or phone cannot have been suppressed under another spelling: look it up as given. */
    private String lookup(String address) {
        try {
            return addresses.normalise(address);
        } catch (ValidationFailed notNormalisable) {
            return address == null ? "" : address.strip();
        }
    }
}
