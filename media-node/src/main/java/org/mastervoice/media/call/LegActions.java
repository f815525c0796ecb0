package org.mastervoice.media.call;

import java.text.ParseException;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a call does to its legs' dialogs: CANCEL a ringing fork, ACK a 2xx, end a leg with BYE and a Reason
 * (RFC 3326). Failures are logged, never thrown: a leg that is already gone needs no ending.
 */
final class LegActions {

    private static final Logger LOG = LoggerFactory.getLogger(LegActions.class);

    private LegActions() {
    }

    static void cancel(SipKit kit, Fork f) {
        try {
            ClientTransaction c = kit.provider.getNewClientTransaction(f.tx.createCancel());
            c.sendRequest();
        } catch (SipException e) {
            LOG.debug("CANCEL of a fork failed: {}", e.toString());
        }
    }

    static void ack(Fork f, Response r) throws SipException, InvalidArgumentException {
        f.dialog.sendAck(f.dialog.createAck(((CSeqHeader) r.getHeader(CSeqHeader.NAME)).getSeqNumber()));
    }

    /** A second answer (or one that crossed our CANCEL): take it and end that leg at once. */
    static void ackAndBye(SipKit kit, Fork f, Response r) {
        try {
            ack(f, r);
            bye(kit, f.dialog, 26, "answered elsewhere");
        } catch (SipException | InvalidArgumentException e) {
            LOG.debug("could not end a second answer: {}", e.toString());
        }
    }

    static void bye(SipKit kit, Dialog dialog, int cause, String text) {
        try {
            Request bye = dialog.createRequest(Request.BYE);
            kit.reason(bye, cause, text);
            ClientTransaction ct = kit.provider.getNewClientTransaction(bye);
            dialog.sendRequest(ct);
        } catch (SipException | InvalidArgumentException | ParseException e) {
            LOG.debug("BYE failed: {}", e.toString());
        }
    }
}
