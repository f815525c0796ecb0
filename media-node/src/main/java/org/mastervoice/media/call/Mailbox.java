package org.mastervoice.media.call;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;

/** What the SIP stack tells a call; the call's thread takes one message at a time, in arrival order. */
final class Mailbox {

    sealed interface Message {
    }

    /** A response on a B leg's client transaction (INVITE, BYE, re-INVITE, CANCEL). */
    record Response(ResponseEvent event) implements Message {
    }

    /** A request inside one of the call's dialogs (ACK, BYE, re-INVITE), or a CANCEL of the A leg's INVITE. */
    record Request(RequestEvent event, boolean fromA) implements Message {
    }

    /** A client transaction that got no final response. */
    record Timeout(ClientTransaction transaction) implements Message {
    }

    private final BlockingQueue<Message> queue = new LinkedBlockingQueue<>();

    void put(Message m) {
        queue.add(m);
    }

    /** The next message, or null after {@code wait}. */
    Message take(Duration wait) throws InterruptedException {
        return queue.poll(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
    }
}
