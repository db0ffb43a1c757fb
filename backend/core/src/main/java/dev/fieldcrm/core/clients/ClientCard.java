package dev.fieldcrm.core.clients;

import dev.fieldcrm.core.tasks.Task;

import java.util.List;

/** Everything a rep sees when opening a client: profile (with recent interactions), key people, open next steps. */
public record ClientCard(Client client, List<Contact> contacts, List<Task> openTasks) {
    public ClientCard {
        contacts = List.copyOf(contacts);
        openTasks = List.copyOf(openTasks);
    }
}
