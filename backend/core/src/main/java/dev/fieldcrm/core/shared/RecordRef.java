package dev.fieldcrm.core.shared;

/**
 * Points at a client or one of its contacts.
 *
 * @param clientId  the client
 * @param contactId the contact, or null when the record is the client itself
 * @param name      the record's display name at the time the reference was written
 */
public record RecordRef(String clientId, String contactId, String name) {

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isContact() {
        return contactId != null;
    }

    public String describe() {
        return (isContact() ? "contact " + contactId + " of client " + clientId : "client " + clientId)
                + (name == null ? "" : " (" + name + ")");
    }
}
