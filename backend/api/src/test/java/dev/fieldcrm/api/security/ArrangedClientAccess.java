package dev.fieldcrm.api.security;

/** Lets the OWASP suite (another package) aim at one arranged client of acme's rep1, created once per JVM. */
public final class ArrangedClientAccess {
    private static ArrangedClient rep1Client;

    private ArrangedClientAccess() {
    }

    /** The public view of the arranged client: its ids and the texts that must not leak. */
    public record Arranged(String clientId, String contactId, String taskId, String[] secrets) {
    }

    public static synchronized Arranged rep1Client() {
        if (rep1Client == null) {
            rep1Client = ArrangedClient.create("acme", "rep1");
        }
        return new Arranged(rep1Client.clientId(), rep1Client.contactId(), rep1Client.taskId(), rep1Client.secrets());
    }
}
