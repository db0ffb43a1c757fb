package dev.fieldcrm.mobile.app.clients;

import dev.fieldcrm.mobile.core.views.ClientSummary;

/** A client in the list, with its distance when the list is "nearby" (null otherwise). */
public record ClientRow(ClientSummary client, Double km) {
}
