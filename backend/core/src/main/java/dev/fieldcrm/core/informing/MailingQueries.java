package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads of mailings and the scheduler's view of them (calls listed in docs/data-model.md). */
public interface MailingQueries {
    /** GetItem, consistent (the worker resumes from the stored cursor). */
    Optional<Mailing> find(String tenantId, String mailingId);

    /** GetItem of the counter item (zeros before the first batch). */
    MailingCounts counts(String tenantId, String mailingId);

    /** The tenant's mailings, newest first, with their counters. */
    Page<MailingView> list(String tenantId, PageRequest page);

    /** One team's mailings, newest first, with their counters. */
    Page<MailingView> listByTeam(String tenantId, String teamId, PageRequest page);

    /** Active mailings due after {@code from} up to {@code to}, all tenants (the due index). */
    List<TenantMailing> due(Instant from, Instant to);

    /** Up to when the scheduler has handled mailings. */
    Optional<Instant> checkpoint();

    /** Moves the checkpoint; false when another scheduler moved it meanwhile. */
    boolean advance(Optional<Instant> from, Instant to);
}
