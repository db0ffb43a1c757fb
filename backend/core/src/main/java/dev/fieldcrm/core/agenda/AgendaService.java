package dev.fieldcrm.core.agenda;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.users.TeamScope;
import dev.fieldcrm.core.users.User;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Today's agenda (seed 002's core rule): every open step due before the end of today in the rep's time zone,
 * however long ago it was planned, and every open lead assigned to the rep whose contact-by deadline falls before
 * then ("contact the lead"). One Query on the agenda index; the caller's own zone comes from the token.
 */
public final class AgendaService {
    private final AgendaQueries entries;
    private final TeamScope team;
    private final Clock clock;

    public AgendaService(AgendaQueries entries, TeamScope team, Clock clock) {
        this.entries = entries;
        this.team = team;
        this.clock = clock;
    }

    /**
     * @param repId null for the caller's own agenda; another rep's needs a manager of that rep's team (one GetItem
     *              for that rep's time zone and team)
     */
    public Agenda today(Caller caller, String repId, PageRequest page) {
        String rep = repId == null ? caller.userId() : repId;
        ZoneId zone = caller.zone();
        if (!rep.equals(caller.userId())) {
            User user = team.require(caller, rep);
            zone = user.zone();
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant startOfToday = today.atStartOfDay(zone).toInstant();
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
        Page<AgendaEntry> due = entries.dueFor(caller.tenantId(), rep, endOfToday, page);
        List<AgendaItem> items = due.items().stream().map(e -> AgendaItem.of(e, e.dueAt().isBefore(startOfToday))).toList();
        int overdue = (int) items.stream().filter(AgendaItem::overdue).count();
        return new Agenda(rep, today, zone.getId(), overdue, items.size() - overdue, items, due.nextCursor());
    }
}
