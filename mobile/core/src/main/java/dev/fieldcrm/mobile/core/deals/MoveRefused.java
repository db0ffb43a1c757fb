package dev.fieldcrm.mobile.core.deals;

import java.util.List;

/** The move was checked on the phone and would be refused by the server: nothing was queued. */
public final class MoveRefused extends RuntimeException {
    private final transient List<FieldProblem> problems;

    public MoveRefused(List<FieldProblem> problems) {
        super("cannot move the deal: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
