package dev.fieldcrm.mobile.core.views;

import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.LocalStore;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the rep's clients offline by part of the name (case, accents and punctuation ignored, so "ооо ромашка"
 * finds "ООО «Ромашка»" and "cafe" finds "Café") or by at least three digits of a phone number. Name matches that
 * start with the query come first, then by name.
 */
public final class ClientSearch {
    private final LocalStore store;

    public ClientSearch(LocalStore store) {
        this.store = store;
    }

    /** At most {@code limit} clients matching {@code query}; a blank query gives the most recently contacted. */
    public List<ClientSummary> find(String query, int limit) {
        String text = fold(query == null ? "" : query.strip());
        String digits = query == null ? "" : query.replaceAll("\\D", "");
        List<ClientSummary> hits = new ArrayList<>();
        for (LocalRecord record : store.all(RecordKind.CLIENT)) {
            ClientSummary client = ClientSummary.of(record);
            if (text.isEmpty() || fold(client.name()).contains(text) || phoneMatches(client, digits)) {
                hits.add(client);
            }
        }
        Comparator<ClientSummary> order = text.isEmpty()
                ? Comparator.comparing(ClientSummary::lastContactAt, Comparator.nullsLast(Comparator.reverseOrder()))
                : Comparator.comparing((ClientSummary c) -> !fold(c.name()).startsWith(text));
        hits.sort(order.thenComparing(c -> fold(c.name())).thenComparing(ClientSummary::id));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    private static boolean phoneMatches(ClientSummary client, String digits) {
        if (digits.length() < 3) {
            return false;
        }
        for (String phone : client.phones()) {
            if (phone.replaceAll("\\D", "").contains(digits)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents or punctuation, so the rep can type loosely. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N} ]", "")
                .replaceAll("\\s+", " ").strip();
    }
}
