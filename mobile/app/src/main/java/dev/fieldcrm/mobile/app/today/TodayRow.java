package dev.fieldcrm.mobile.app.today;

import dev.fieldcrm.mobile.core.views.AgendaEntry;

/**
 * One line of Today: the agenda entry and, once a route is planned, its stop number (1 = go here first).
 *
 * @param stop the position in the planned route, or 0 when not on it (no route yet, or the client has no coordinates)
 */
public record TodayRow(AgendaEntry entry, int stop) {
    public boolean onRoute() {
        return stop > 0;
    }
}
