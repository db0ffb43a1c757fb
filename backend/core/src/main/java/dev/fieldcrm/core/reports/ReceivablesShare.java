package dev.fieldcrm.core.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * What one client's receivables currently add to its owner's {@link ReceivablesTally}: kept in the client's partition
 * (outside its card) and rewritten, on its version, in the transaction that moves the counters. Diffing the client's
 * current receivables and owner against it — rather than a stream record's old and new image — makes the update
 * idempotent (a replay finds nothing to move) and order-proof (an owner change and a payment processed in any order
 * end with the right rep holding the right amounts).
 *
 * @param counters counter name ({@link ReceivablesTally#counter}) → amount counted for this client
 */
public record ReceivablesShare(String clientId, String ownerId, String teamId, Map<String, BigDecimal> counters,
                               Instant at, long version) implements ReportRecord {
    public ReceivablesShare {
        counters = Map.copyOf(counters);
    }

    public static ReceivablesShare none(String clientId) {
        return new ReceivablesShare(clientId, null, null, Map.of(), null, 0);
    }
}
