package dev.fieldcrm.core.journal;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

/** Reads of the interaction journal, newest first. */
public interface JournalQueries {
    Page<Interaction> byClient(String tenantId, String clientId, JournalFilter filter, PageRequest page);

    Page<Interaction> byAuthor(String tenantId, String authorId, JournalFilter filter, PageRequest page);
}
