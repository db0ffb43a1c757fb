package dev.fieldcrm.core.shared;

import java.util.List;

/** One page of a list, with an opaque cursor to the next page (null on the last page). */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
