package dev.fieldcrm.api.auth;

import dev.fieldcrm.api.errors.Unauthenticated;
import dev.fieldcrm.core.shared.Caller;
import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set once by {@link CallerFilter}. */
@RequestScoped
public class CurrentCaller {
    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Caller get() {
        if (caller == null) {
            throw new Unauthenticated("a bearer token is required");
        }
        return caller;
    }
}
