package dev.fieldcrm.core.webforms;

/**
 * The public key of a form → its tenant and a copy of the form: the one item a public request reads. It is the
 * only item of a form that is keyed without its tenant ({@code FORMKEY#<key>}), since a public request has no token
 * to take the tenant from (ADR "Public form keys"). The copy is rewritten in the transaction of every change of the
 * form, so one GetItem answers the public endpoint.
 */
public record FormKey(String key, String tenantId, WebForm form) {
}
