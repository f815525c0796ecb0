package org.mastervoice.media.call;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.message.Request;

/** One B leg of a call: the INVITE sent to one registered contact of the callee, and how it is doing. */
final class Fork {

    final CallTarget target;
    final Request invite;
    final ClientTransaction tx;
    final Dialog dialog;
    /** A 1xx (other than 100) arrived: from now on it may be cancelled (RFC 3261 section 9.1). */
    boolean provisional;
    /** Cancelled before any 1xx: the CANCEL goes out when one arrives. */
    boolean cancelPending;
    Integer finalStatus;

    Fork(CallTarget target, Request invite, ClientTransaction tx, Dialog dialog) {
        this.target = target;
        this.invite = invite;
        this.tx = tx;
        this.dialog = dialog;
    }
}
