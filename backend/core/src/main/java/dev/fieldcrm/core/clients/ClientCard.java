package dev.fieldcrm.core.clients;

import dev.fieldcrm.core.abc.AbcResult;
import dev.fieldcrm.core.deals.DealSummary;
import dev.fieldcrm.core.informing.SurveySummary;
import dev.fieldcrm.core.orders.Receivables;
import dev.fieldcrm.core.tasks.Task;

import java.util.List;

/**
 * Everything a rep sees when opening a client: profile (with recent interactions), key people, open next steps,
 * open deals, what the client owes ({@code receivables}: none until the first invoice), and its place in the latest
 * ABC analysis that saw sales to it ({@code abc}: absent until then), and its satisfaction surveys' latest score and
 * answers ({@code survey}: absent until the first answer).
 */
public record ClientCard(Client client, List<Contact> contacts, List<Task> openTasks, List<DealSummary> openDeals,
                         Receivables receivables, AbcResult abc, SurveySummary survey) {
    public ClientCard {
        contacts = List.copyOf(contacts);
        openTasks = List.copyOf(openTasks);
        openDeals = openDeals == null ? List.of() : List.copyOf(openDeals);
        receivables = receivables == null ? Receivables.none(client.id()) : receivables;
    }

    public ClientCard(Client client, List<Contact> contacts, List<Task> openTasks, List<DealSummary> openDeals,
                      Receivables receivables, AbcResult abc) {
        this(client, contacts, openTasks, openDeals, receivables, abc, null);
    }

    public ClientCard(Client client, List<Contact> contacts, List<Task> openTasks, List<DealSummary> openDeals,
                      Receivables receivables) {
        this(client, contacts, openTasks, openDeals, receivables, null);
    }

    public ClientCard(Client client, List<Contact> contacts, List<Task> openTasks, List<DealSummary> openDeals) {
        this(client, contacts, openTasks, openDeals, null, null);
    }

    public ClientCard(Client client, List<Contact> contacts, List<Task> openTasks) {
        this(client, contacts, openTasks, List.of(), null, null);
    }
}
