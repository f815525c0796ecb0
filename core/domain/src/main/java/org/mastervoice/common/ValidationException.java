package org.mastervoice.common;

/** Input that breaks a rule, e.g. "extension number 1000 is outside the tenant's range 100-899". */
public final class ValidationException extends DomainException {

    public ValidationException(String field, String message) {
        super(field, message);
    }

    /** Throws unless {@code condition} holds; keeps compact constructors to one line per rule. */
    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new ValidationException(field, message);
        }
    }
}
