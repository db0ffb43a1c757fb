package dev.fieldcrm.core.clients;

import dev.fieldcrm.core.deals.DealSummary;
import dev.fieldcrm.core.tasks.Task;

import java.util.List;

/**
 * Everything a rep sees when opening a client: profile (with recent interactions), key people, open next steps,
 * open deals.
 */
public record ClientCard(Client client, List<Contact> contacts, List<Task> openTasks, List<DealSummary> openDeals) {
    public ClientCard {
        contacts = List.copyOf(contacts);
        openTasks = List.copyOf(openTasks);
        openDeals = openDeals == null ? List.of() : List.copyOf(openDeals);
    }

    public ClientCard(Client client, List<Contact> contacts, List<Task> openTasks) {
        this(client, contacts, openTasks, List.of());
    }
}
