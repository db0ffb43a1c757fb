package dev.fieldcrm.core.leads;

/**
 * One atomic counter per round-robin pool: each call returns a number no other call (concurrent or not) got, so
 * two simultaneous leads never take the same turn.
 */
public interface RoundRobinCounter {
    /** Advances the pool's counter by one and returns the new value (1 on the first call). */
    long next(String tenantId, String poolId);
}
