package dev.fieldcrm.core.abc;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

/** The tenant's ABC runs, newest first. */
public interface AbcQueries {
    Page<AbcRun> runs(String tenantId, PageRequest page);
}
