package dev.fieldcrm.core.agenda;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

import java.time.Instant;

/** Reads of a rep's agenda index, which holds open next steps and open leads to contact, sorted by due time. */
public interface AgendaQueries {
    /** Entries of an assignee due before {@code before}, earliest first: one Query on the agenda index. */
    Page<AgendaEntry> dueFor(String tenantId, String assigneeId, Instant before, PageRequest page);
}
