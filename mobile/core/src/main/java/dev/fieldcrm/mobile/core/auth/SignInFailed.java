package dev.fieldcrm.mobile.core.auth;

/**
 * The browser came back without a usable code: the rep cancelled, the hosted UI reported an error, or the redirect
 * does not belong to the sign-in this device started (state mismatch — possibly a forged redirect).
 */
public final class SignInFailed extends Exception {
    public SignInFailed(String message) {
        super(message);
    }
}
