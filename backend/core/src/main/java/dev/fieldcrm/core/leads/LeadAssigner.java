package dev.fieldcrm.core.leads;

/**
 * Picks who works a new lead that matched no existing owner: the routing's fixed owner (when active) → the first
 * matching territory rule → round-robin among the active users of the pool (the routing's team, else the
 * settings' pool), fair under concurrency. Never throws for lack of people: an empty pool falls back to all
 * active reps, then the active managers, then the admins.
 */
public interface LeadAssigner {
    /**
     * @param settings the tenant's lead settings, already read by the caller (processing reads them once per request)
     * @return the assignee's user id; null only when the tenant has no active user at all (the lead then waits in
     *         the tenant-wide inbox)
     */
    String assign(String tenantId, LeadFields fields, LeadRouting routing, LeadSettings settings);
}
