package dev.fieldcrm.core.clients;

import dev.fieldcrm.core.orders.Receivables;
import dev.fieldcrm.core.tasks.Task;

import java.util.List;

/**
 * Everything a rep sees when opening a client: profile (with recent interactions), key people, open next steps,
 * and what the client owes ({@code receivables}: none until the first invoice).
 */
public record ClientCard(Client client, List<Contact> contacts, List<Task> openTasks, Receivables receivables) {
    public ClientCard {
        contacts = List.copyOf(contacts);
        openTasks = List.copyOf(openTasks);
        receivables = receivables == null ? Receivables.none(client.id()) : receivables;
    }

    public ClientCard(Client client, List<Contact> contacts, List<Task> openTasks) {
        this(client, contacts, openTasks, null);
    }
}
