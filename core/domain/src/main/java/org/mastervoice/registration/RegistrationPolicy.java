package org.mastervoice.registration;

/**
 * Expiry limits: shorter requests get 423 (RFC 3261 section 10.3 step 7), longer ones are shortened, and
 * a REGISTER without any expiry gets the default. An extension has at most {@code maxContacts} bindings.
 */
public record RegistrationPolicy(int minExpires, int maxExpires, int defaultExpires, int maxContacts) {

    public static final RegistrationPolicy DEFAULT = new RegistrationPolicy(60, 3600, 3600, 10);

    public RegistrationPolicy {
        if (minExpires < 1 || maxExpires < minExpires || defaultExpires < minExpires || defaultExpires > maxExpires || maxContacts < 1) {
            throw new IllegalArgumentException("inconsistent registration policy");
        }
    }
}
