package org.mastervoice.call;

/** Sends call events on; never blocks the call (implementations queue and send in the background). */
public interface CallEventPublisher {

    void publish(CallEvent event);
}
