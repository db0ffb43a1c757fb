package dev.fieldcrm.mobile.core.api;

/**
 * Why a call to the API did not succeed. Sealed so that callers (the outbox above all) decide by kind:
 * {@link Unreachable} and {@link ServerFailure} are worth retrying later; {@link Rejected} is the server's answer
 * about this request and retrying the same request cannot change it.
 */
public abstract sealed class ApiException extends Exception
        permits ApiException.Unreachable, ApiException.ServerFailure, ApiException.Rejected {

    ApiException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The exception for a non-2xx answer: 5xx and 429 are worth retrying, any other status is the answer. */
    public static ApiException answered(ApiProblem problem) {
        return problem.status() >= 500 || problem.status() == 429 ? new ServerFailure(problem) : new Rejected(problem);
    }

    /** Whether sending the very same request later may succeed. */
    public abstract boolean retryable();

    /** No answer: offline, DNS, connection refused, timeout. */
    public static final class Unreachable extends ApiException {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public boolean retryable() {
            return true;
        }
    }

    /** 5xx or 429: the server could not handle it now. */
    public static final class ServerFailure extends ApiException {
        private final ApiProblem problem;

        public ServerFailure(ApiProblem problem) {
            super(problem.status() + " " + problem.title(), null);
            this.problem = problem;
        }

        public ApiProblem problem() {
            return problem;
        }

        @Override
        public boolean retryable() {
            return true;
        }
    }

    /** A 4xx answer: bad input, conflict, stale version, forbidden, not found, expired cursor. */
    public static final class Rejected extends ApiException {
        private final ApiProblem problem;

        public Rejected(ApiProblem problem) {
            super(problem.status() + " " + problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()),
                    null);
            this.problem = problem;
        }

        public ApiProblem problem() {
            return problem;
        }

        public int status() {
            return problem.status();
        }

        /** 409, 412 or 422: the rep's change clashes with the server's state; the rep must choose. */
        public boolean needsAttention() {
            return status() == 409 || status() == 412 || status() == 422;
        }

        /** 401: the token is missing or expired; sign in again. */
        public boolean signInNeeded() {
            return status() == 401;
        }

        @Override
        public boolean retryable() {
            return false;
        }
    }
}
