package org.mastervoice.media.call;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.mastervoice.media.rtp.MediaRelay;
import org.mastervoice.media.sdp.AudioSdp;

/**
 * Passes a re-INVITE of an established call (hold, unhold, codec change) from one side to the other with the
 * node's media addresses, and its answer back; one at a time (491 while one is in transit, 408 back if the
 * other side never answers). Remembers whether the call is on hold, when silence is expected.
 */
final class ReinviteRelay {

    /** A re-INVITE in transit: where it came from, which side, and our transaction towards the other side. */
    private record Transit(ServerTransaction from, boolean fromA, ClientTransaction to, AudioSdp offered) {
    }

    private final SipKit kit;
    private final MediaRelay relay;
    private final CallRouter router;
    private final Call call;
    private Transit transit;
    private boolean onHold;
    private long sdpVersion = 100;

    ReinviteRelay(SipKit kit, MediaRelay relay, CallRouter router, Call call) {
        this.kit = kit;
        this.relay = relay;
        this.router = router;
        this.call = call;
    }

    boolean onHold() {
        return onHold;
    }

    void offer(Mailbox.Request q, Dialog out) throws ParseException, SipException, InvalidArgumentException {
        ServerTransaction st = q.event().getServerTransaction() != null ? q.event().getServerTransaction()
                : kit.provider.getNewServerTransaction(q.event().getRequest());
        if (transit != null) {
            st.sendResponse(kit.response(Response.REQUEST_PENDING, q.event().getRequest()));
            return;
        }
        Request forward = out.createRequest(Request.INVITE);
        byte[] body = q.event().getRequest().getRawContent();
        AudioSdp offer = null;
        if (body != null && body.length > 0) {
            try {
                offer = AudioSdp.parse(new String(body, StandardCharsets.UTF_8)).supportedOnly();
            } catch (IllegalArgumentException unusable) {
                st.sendResponse(kit.warn(kit.response(Response.NOT_ACCEPTABLE_HERE, q.event().getRequest()), 305, "no usable audio stream"));
                return;
            }
            onHold = offer.onHold();
            InetSocketAddress peer = new InetSocketAddress(offer.address(), offer.port());
            if (q.fromA()) {
                relay.peerOfA(peer);
            } else {
                relay.peerOfB(peer);
            }
            forward.setContent(offer.at(kit.host, q.fromA() ? relay.portB() : relay.portA()).render(42, sdpVersion++),
                    kit.headers.createContentTypeHeader("application", "sdp"));
        }
        forward.addHeader(kit.headers.createContactHeader(kit.contact("mv")));
        ClientTransaction ct = kit.provider.getNewClientTransaction(forward);
        router.registerTransaction(ct, call);
        transit = new Transit(st, q.fromA(), ct, offer);
        out.sendRequest(ct);
    }

    /** Handles the answer to a re-INVITE in transit; false when the response is not one. */
    boolean answer(ResponseEvent e, Dialog dialogA, Dialog dialogB) throws ParseException, SipException, InvalidArgumentException {
        Response r = e.getResponse();
        if (transit == null || e.getClientTransaction() != transit.to()
                || !Request.INVITE.equals(((CSeqHeader) r.getHeader(CSeqHeader.NAME)).getMethod())) {
            return false;
        }
        if (r.getStatusCode() < 200) {
            return true;
        }
        Dialog out = transit.fromA() ? dialogB : dialogA;
        if (r.getStatusCode() < 300) {
            out.sendAck(out.createAck(((CSeqHeader) r.getHeader(CSeqHeader.NAME)).getSeqNumber()));
        }
        Response back = kit.response(r.getStatusCode(), transit.from().getRequest());
        byte[] body = r.getRawContent();
        if (body != null && body.length > 0 && r.getStatusCode() < 300) {
            AudioSdp answer = AudioSdp.parse(new String(body, StandardCharsets.UTF_8)).supportedOnly();
            InetSocketAddress peer = new InetSocketAddress(answer.address(), answer.port());
            if (transit.fromA()) {
                relay.peerOfB(peer);
            } else {
                relay.peerOfA(peer);
            }
            AudioSdp ours = answer.at(kit.host, transit.fromA() ? relay.portA() : relay.portB());
            kit.withBody(back, transit.offered() == null ? ours.render(42, sdpVersion++)
                    : ours.renderAnswerTo(transit.offered(), 42, sdpVersion++));
        }
        back.addHeader(kit.headers.createContactHeader(kit.contact("mv")));
        transit.from().sendResponse(back);
        transit = null;
        return true;
    }

    /** The other side never answered the re-INVITE: tell its sender, and accept the next one. */
    void timedOut(ClientTransaction tx) throws ParseException, SipException, InvalidArgumentException {
        if (transit != null && tx == transit.to()) {
            transit.from().sendResponse(kit.response(Response.REQUEST_TIMEOUT, transit.from().getRequest()));
            transit = null;
        }
    }
}
