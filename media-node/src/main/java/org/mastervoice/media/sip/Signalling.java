package org.mastervoice.media.sip;

/** The node's SIP transport endpoints; started once, stopped on shutdown. */
public interface Signalling extends AutoCloseable {

    /** Binds every transport; throws when a port is taken. */
    void start();

    @Override
    void close();
}
