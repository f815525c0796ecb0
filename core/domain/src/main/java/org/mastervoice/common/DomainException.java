package org.mastervoice.common;

/** A failure the caller can act on; {@link #field()} is the input path it concerns (e.g. "sipDomain"). */
public abstract sealed class DomainException extends RuntimeException
        permits ValidationException, ConflictException, NotFoundException, ForbiddenException, UnauthenticatedException {

    private final String field;

    protected DomainException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
