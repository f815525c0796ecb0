package org.mastervoice.media.call;

import java.text.ParseException;
import java.util.List;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.address.SipURI;
import javax.sip.header.RouteHeader;
import javax.sip.message.Request;
import org.mastervoice.registration.ContactBinding;

/**
 * Builds the INVITE of a B leg: a new Call-ID (the node is a B2BUA, not a proxy), the caller's extension as
 * caller ID in From, the dialled number in To, the node as Contact, the node's side of the media in the SDP.
 */
final class ForkInvites {

    private ForkInvites() {
    }

    static Fork create(SipKit kit, CallPlan plan, CallTarget t, String offerSdp, int maxForwards)
            throws ParseException, SipException, InvalidArgumentException {
        SipURI requestUri = (SipURI) kit.addresses.createURI(t.binding().uri());
        Request b = kit.messages.createRequest(requestUri, Request.INVITE,
                kit.headers.createCallIdHeader(SipKit.newCallId()),
                kit.headers.createCSeqHeader(1L, Request.INVITE),
                kit.headers.createFromHeader(kit.addresses.createAddress(plan.callerName(),
                        kit.addresses.createSipURI(plan.callerNumber(), plan.domain())), SipKit.tag()),
                kit.headers.createToHeader(kit.addresses.createAddress(kit.addresses.createSipURI(plan.dialled(), plan.domain())), null),
                List.of(kit.via(requestUri.getTransportParam() == null ? "udp" : requestUri.getTransportParam())),
                kit.headers.createMaxForwardsHeader(Math.max(1, maxForwards - 1)));
        b.addHeader(kit.headers.createContactHeader(kit.contact("mv")));
        b.addHeader(kit.headers.createAllowHeader(String.join(", ", kit.allow())));
        routeViaSource(kit, b, t.binding());
        b.setContent(offerSdp, kit.headers.createContentTypeHeader("application", "sdp"));
        ClientTransaction tx = kit.provider.getNewClientTransaction(b);
        Dialog dialog = kit.provider.getNewDialog(tx);
        return new Fork(t, b, tx, dialog);
    }

    /** Behind NAT the contact's address is private: send to where the REGISTER really came from (RFC 3581). */
    private static void routeViaSource(SipKit kit, Request b, ContactBinding binding) throws ParseException, SipException {
        if (binding.source() == null) {
            return;
        }
        String[] s = binding.source().split(":");
        SipURI contact = (SipURI) kit.addresses.createURI(binding.uri());
        int contactPort = contact.getPort() > 0 ? contact.getPort() : 5060;
        if (s.length == 3 && (!s[1].equals(contact.getHost()) || Integer.parseInt(s[2]) != contactPort)) {
            SipURI route = kit.addresses.createSipURI(null, s[1]);
            route.setPort(Integer.parseInt(s[2]));
            route.setTransportParam(s[0]);
            route.setLrParam();
            b.addHeader((RouteHeader) kit.headers.createRouteHeader(kit.addresses.createAddress(route)));
        }
    }
}
