package dev.fieldcrm.api.security;

import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.shared.Ids;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dev.fieldcrm.api.support.Api.as;

/**
 * One endpoint that takes a client's id (and maybe a contact's or task's), with a valid body and the target's
 * real current ETag: when such a call is refused, the only thing wrong with it is who is calling.
 * {@link #ALL} is the coverage list of the isolation tests; a new id-taking endpoint belongs in it.
 *
 * @param supervisorsOnly a rep is refused (403) before anything is read, whatever the id
 */
record ClientScopedCall(String name, Method method, String path, Etag ifMatch, Function<Target, Object> body,
                        boolean supervisorsOnly) {

    /** Which record's ETag goes into If-Match. */
    enum Etag { NONE, CLIENT, CONTACT, TASK }

    /** The ids a call is aimed at, and their current versions. */
    record Target(String clientId, String contactId, String taskId, Map<Etag, Long> versions) {

        /** The arranged client's ids and versions, as its owner reads them now. */
        static Target of(ArrangedClient client) {
            Response card = as(client.tenant(), client.owner()).get("/api/v1/clients/" + client.clientId());
            card.then().statusCode(200);
            return new Target(client.clientId(), client.contactId(), client.taskId(), Map.of(
                    Etag.CLIENT, card.<Integer>path("client.version").longValue(),
                    Etag.CONTACT, card.<Integer>path("contacts.find { it.id == '%s' }.version", client.contactId()).longValue(),
                    Etag.TASK, card.<Integer>path("openTasks.find { it.id == '%s' }.version", client.taskId()).longValue()));
        }

        /** Well-formed ids that name nothing: what a refusal must be indistinguishable from. */
        static Target nowhere() {
            return new Target(Ids.newId(), Ids.newId(), Ids.newId(), Map.of(Etag.CLIENT, 1L, Etag.CONTACT, 1L, Etag.TASK, 1L));
        }
    }

    static final List<ClientScopedCall> ALL = List.of(
            call("read the card", Method.GET, "/clients/{client}", Etag.NONE, null),
            call("update the card", Method.PUT, "/clients/{client}", Etag.CLIENT, t -> TestData.client("Taken over")),
            call("archive", Method.POST, "/clients/{client}/archive", Etag.CLIENT, null),
            call("restore", Method.POST, "/clients/{client}/restore", Etag.CLIENT, null),
            new ClientScopedCall("reassign", Method.POST, "/clients/{client}/reassign", Etag.CLIENT,
                    t -> Map.of("ownerId", "rep2"), true),
            call("read the history", Method.GET, "/clients/{client}/history", Etag.NONE, null),
            call("add a contact", Method.POST, "/clients/{client}/contacts", Etag.NONE, t -> contact()),
            call("add a contact with its own id", Method.PUT, "/clients/{client}/contacts/{new}", Etag.NONE, t -> contact()),
            call("update a contact", Method.PUT, "/clients/{client}/contacts/{contact}", Etag.CONTACT, t -> contact()),
            call("read a contact", Method.GET, "/clients/{client}/contacts/{contact}", Etag.NONE, null),
            call("archive a contact", Method.POST, "/clients/{client}/contacts/{contact}/archive", Etag.CONTACT, null),
            call("log an interaction", Method.POST, "/clients/{client}/interactions", Etag.NONE, t -> interaction(null)),
            call("log an interaction with its own id", Method.PUT, "/clients/{client}/interactions/{new}", Etag.NONE,
                    t -> interaction(null)),
            call("log an interaction closing the owner's step", Method.POST, "/clients/{client}/interactions", Etag.NONE,
                    t -> interaction(t.taskId())),
            call("read the journal", Method.GET, "/clients/{client}/interactions", Etag.NONE, null),
            call("plan a step", Method.POST, "/clients/{client}/tasks", Etag.NONE, t -> TestData.nextStep("2030-02-01T09:00:00Z")),
            call("plan a step with its own id", Method.PUT, "/clients/{client}/tasks/{new}", Etag.NONE,
                    t -> TestData.nextStep("2030-02-01T09:00:00Z")),
            call("complete a step", Method.POST, "/clients/{client}/tasks/{task}/complete", Etag.TASK,
                    t -> Map.of("note", "done by someone else")),
            call("reschedule a step", Method.PATCH, "/clients/{client}/tasks/{task}", Etag.TASK,
                    t -> Map.of("dueAt", "2031-01-01T09:00:00Z")),
            call("read the done steps", Method.GET, "/clients/{client}/tasks/done", Etag.NONE, null),
            call("make a proposal", Method.POST, "/clients/{client}/proposals", Etag.NONE, t -> proposal()),
            call("list the proposals", Method.GET, "/clients/{client}/proposals", Etag.NONE, null));

    private static ClientScopedCall call(String name, Method method, String path, Etag ifMatch, Function<Target, Object> body) {
        return new ClientScopedCall(name, method, path, ifMatch, body, false);
    }

    Response send(String tenant, String user, Target target) {
        RequestSpecification request = as(tenant, user);
        if (ifMatch != Etag.NONE) {
            request.header("If-Match", "\"" + target.versions().get(ifMatch) + "\"");
        }
        if (body != null) {
            request.body(body.apply(target));
        }
        String url = "/api/v1" + path.replace("{client}", target.clientId()).replace("{contact}", target.contactId())
                .replace("{task}", target.taskId()).replace("{new}", Ids.newId());
        return request.request(method, url);
    }

    /** The refusal expected for this call when the caller may not work the client. */
    int refusalFor(boolean callerSupervises) {
        return supervisorsOnly && !callerSupervises ? 403 : 404;
    }

    @Override
    public String toString() {
        return name + " (" + method + " " + path + ")";
    }

    private static Map<String, Object> contact() {
        return Map.of("name", "Planted Person", "phones", List.of(TestData.phone()));
    }

    private static Map<String, Object> proposal() {
        return Map.of("title", "Planted offer", "currency", "RUB", "lines", List.of(
                Map.of("name", "Anything", "unit", "pcs", "quantity", "1", "price", "10", "vatRate", "20")));
    }

    private static Map<String, Object> interaction(String completesTaskId) {
        Map<String, Object> body = new HashMap<>(TestData.interaction("2026-11-21T09:00:00Z", null));
        body.put("noNextStepReason", "CLIENT_CLOSED");
        if (completesTaskId != null) {
            body.put("completesTaskId", completesTaskId);
        }
        return body;
    }
}
