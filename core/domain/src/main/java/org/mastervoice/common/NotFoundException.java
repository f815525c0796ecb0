package org.mastervoice.common;

/** The item does not exist in the caller's tenant (which, across tenants, is all a caller may learn). */
public final class NotFoundException extends DomainException {

    public NotFoundException(String field, String message) {
        super(field, message);
    }
}
