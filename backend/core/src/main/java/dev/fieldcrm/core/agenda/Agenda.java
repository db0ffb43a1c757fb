package dev.fieldcrm.core.agenda;

import java.time.LocalDate;
import java.util.List;

/** A rep's day: overdue steps first, then today's, ordered by time, in the rep's time zone. */
public record Agenda(String repId, LocalDate date, String timeZone, int overdue, int dueToday,
                     List<AgendaItem> items, String nextCursor) {
    public Agenda {
        items = List.copyOf(items);
    }
}
