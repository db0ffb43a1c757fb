package dev.fieldcrm.core.shared;

import java.util.function.Consumer;
import java.util.function.Function;

/** Reads every page of a paged Query, the largest page each time: for jobs (exports) that walk a whole list. */
public final class Pages {
    private Pages() {
    }

    public static <T> void each(Function<PageRequest, Page<T>> query, Consumer<? super T> action) {
        String cursor = null;
        do {
            Page<T> page = query.apply(new PageRequest(PageRequest.MAX_LIMIT, cursor));
            page.items().forEach(action);
            cursor = page.nextCursor();
        } while (cursor != null);
    }
}
