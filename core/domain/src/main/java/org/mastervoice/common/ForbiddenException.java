package org.mastervoice.common;

/** The caller is known but its role or tenant does not allow the action. */
public final class ForbiddenException extends DomainException {

    public ForbiddenException(String field, String message) {
        super(field, message);
    }
}
