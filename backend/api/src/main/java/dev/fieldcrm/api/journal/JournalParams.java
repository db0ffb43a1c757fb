package dev.fieldcrm.api.journal;

import dev.fieldcrm.api.http.QueryInstants;
import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.journal.JournalFilter;
import dev.fieldcrm.core.shared.PageRequest;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The query parameters every journal listing takes: {@code type}, {@code from}, {@code to} (ISO instants), paging. */
public class JournalParams {
    @QueryParam("type")
    InteractionType type;

    @QueryParam("from")
    @Size(max = 40)
    String from;

    @QueryParam("to")
    @Size(max = 40)
    String to;

    @QueryParam("limit")
    Integer limit;

    @QueryParam("cursor")
    @Size(max = 2000)
    String cursor;

    JournalFilter filter() {
        return new JournalFilter(type, QueryInstants.parse("from", from), QueryInstants.parse("to", to));
    }

    PageRequest page() {
        return PageRequest.of(limit, cursor);
    }
}
