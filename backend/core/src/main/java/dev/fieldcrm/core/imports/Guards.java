package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.shared.Duplicate;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.shared.UniqueValue;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A dry run's stand-in for the guard items' write conditions: reads each unique value's guard (one GetItem each)
 * and fails as the transaction would if another record holds it.
 */
final class Guards {
    private Guards() {
    }

    /** @param self the record the values are for (null for a new one): holding its own values is no duplicate */
    static void requireFree(ClientQueries clients, String tenantId, Set<UniqueValue> values, RecordRef self) {
        for (UniqueValue value : values) {
            Optional<RecordRef> holder = clients.holderOf(tenantId, value);
            if (holder.isPresent() && !sameRecord(holder.get(), self)) {
                throw new Duplicate(value, holder.get());
            }
        }
    }

    private static boolean sameRecord(RecordRef holder, RecordRef self) {
        return self != null && holder.clientId().equals(self.clientId())
                && Objects.equals(holder.contactId(), self.contactId());
    }
}
