package dev.fieldcrm.api.security;

import dev.fieldcrm.api.support.Problems;
import io.restassured.response.Response;

import java.util.List;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The checks every refused cross-scope call must pass, shared by the isolation tests. */
final class Refusals {
    /** Other users' parameters (rep, assignee, author): refused with 403 for a rep, 404 for a manager elsewhere. */
    static final List<String> USER_SCOPED_READS = List.of(
            "/api/v1/agenda?rep={user}",
            "/api/v1/tasks?assignee={user}",
            "/api/v1/interactions?author={user}");

    private Refusals() {
    }

    /**
     * The call on the arranged client is refused with {@code status}, shows none of its data, wrote nothing, and
     * is answered exactly like the same call on ids that exist nowhere (so it does not even confirm the ids).
     */
    static void assertRefused(ClientScopedCall call, String tenant, String user, ArrangedClient target, int status) {
        ClientScopedCall.Target real = ClientScopedCall.Target.of(target);
        String before = target.snapshot();

        Response refused = call.send(tenant, user, real);

        Problems.assertProblem(refused, status);
        assertThat(refused.asString()).as("refusal body").doesNotContain(target.secrets());
        assertThat(target.snapshot()).as("the owner's view after a refused %s", call).isEqualTo(before);
        Response unknown = call.send(tenant, user, ClientScopedCall.Target.nowhere());
        assertThat(refused.statusCode()).as("status for unknown ids").isEqualTo(unknown.statusCode());
        assertThat(refused.asString()).as("body for unknown ids").isEqualTo(unknown.asString());
    }

    /** A read naming another user is refused with {@code status}, exactly as for a user who does not exist. */
    static void assertUserRefused(String pathTemplate, String tenant, String user, String otherUser, int status) {
        Response refused = get(tenant, user, pathTemplate.replace("{user}", otherUser));
        Problems.assertProblem(refused, status);
        Response unknown = get(tenant, user, pathTemplate.replace("{user}", "nobody-" + otherUser));
        assertThat(refused.asString()).as("body for an unknown user").isEqualTo(unknown.asString());
    }

    private static Response get(String tenant, String user, String url) {
        return as(tenant, user).get(url);
    }
}
