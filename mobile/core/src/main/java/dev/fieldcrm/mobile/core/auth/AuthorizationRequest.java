package dev.fieldcrm.mobile.core.auth;

import java.net.URI;

/**
 * One sign-in in progress: the URL to open in the browser and what must come back with the code.
 *
 * @param uri   the authorize URL (client id, redirect, scopes, {@code state}, S256 challenge)
 * @param state the random value the redirect must carry back (defeats a forged redirect, RFC 6749 10.12)
 * @param pkce  the verifier that redeems the code
 */
public record AuthorizationRequest(URI uri, String state, Pkce pkce) {
}
