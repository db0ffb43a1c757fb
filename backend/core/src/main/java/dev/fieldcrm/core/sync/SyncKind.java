package dev.fieldcrm.core.sync;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.journal.Interaction;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.tasks.Task;

import java.util.Locale;
import java.util.Optional;

/** The kinds of record a phone keeps offline, each with the record class the API returns for it. */
public enum SyncKind {
    CLIENT(Client.class),
    CONTACT(Contact.class),
    TASK(Task.class),
    INTERACTION(Interaction.class),
    DEAL(Deal.class),
    ORDER(Order.class),
    /** An open lead assigned to the user ("contact the lead" on Today); it leaves the phone when it leaves OPEN. */
    LEAD(Lead.class);

    private final Class<?> type;

    SyncKind(Class<?> type) {
        this.type = type;
    }

    public Class<?> type() {
        return type;
    }

    /** The kind of a stored record; empty for records no phone keeps. */
    public static Optional<SyncKind> of(Object record) {
        if (record == null) {
            return Optional.empty();
        }
        for (SyncKind kind : values()) {
            if (kind.type.isInstance(record)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** {@code client}, {@code contact}, …: the names of contract B. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
