package org.mastervoice.common;

/** A write that would break uniqueness, e.g. a SIP domain another tenant already uses. */
public final class ConflictException extends DomainException {

    public ConflictException(String field, String message) {
        super(field, message);
    }
}
