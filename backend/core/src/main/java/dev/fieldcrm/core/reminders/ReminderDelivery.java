package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.core.notify.SendOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hands one occurrence to the {@link Postman}, once per channel the recipient chose for its kind (none when muted).
 * Message ids are {@code <occurrenceId>#<channel>}; a push goes to each of the user's devices, so its id also names
 * the device ({@code …#PUSH#<deviceId>}). The Postman sends each id at most once, so delivering an occurrence
 * again (a redelivered change, a second dispatcher) sends nothing again.
 */
public final class ReminderDelivery {
    private final Postman postman;
    private final RecipientDevices devices;

    public ReminderDelivery(Postman postman, RecipientDevices devices) {
        this.postman = postman;
        this.devices = devices;
    }

    public List<SendOutcome> deliver(Recipient recipient, ReminderKind kind, String occurrenceId, Map<String, Object> model) {
        List<SendOutcome> outcomes = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            if (!recipient.preferences().channelsFor(kind).contains(channel)) {
                continue;
            }
            for (Address address : addresses(recipient, channel, occurrenceId)) {
                outcomes.add(postman.send(new Outgoing(recipient.tenantId(), address.messageId(), channel, address.to(),
                        kind.template(), recipient.locale(), model, Map.of())));
            }
        }
        return outcomes;
    }

    private record Address(String messageId, String to) {
    }

    private List<Address> addresses(Recipient recipient, Channel channel, String occurrenceId) {
        String id = occurrenceId + "#" + channel;
        return switch (channel) {
            case EMAIL -> recipient.user().email() == null ? List.of() : List.of(new Address(id, recipient.user().email()));
            case SMS -> recipient.preferences().smsPhone() == null ? List.of()
                    : List.of(new Address(id, recipient.preferences().smsPhone()));
            case PUSH -> devices.activeEndpoints(recipient.tenantId(), recipient.user().id()).stream()
                    .map(device -> new Address(id + "#" + device.deviceId(), device.endpoint())).toList();
        };
    }
}
