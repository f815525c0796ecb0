package org.mastervoice.media.call;

import java.text.ParseException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sip.InvalidArgumentException;
import javax.sip.SipProvider;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** The SIP factories and the node's own address, with the few message builders the B2BUA needs. */
public final class SipKit {

    final SipProvider provider;
    final MessageFactory messages;
    final HeaderFactory headers;
    final AddressFactory addresses;
    /** The address SIP and RTP peers reach the node at. */
    final String host;
    final int port;

    public SipKit(SipProvider provider, MessageFactory messages, HeaderFactory headers, AddressFactory addresses, String host, int port) {
        this.provider = provider;
        this.messages = messages;
        this.headers = headers;
        this.addresses = addresses;
        this.host = host;
        this.port = port;
    }

    static String tag() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    static String newCallId() {
        return UUID.randomUUID() + "@mastervoice";
    }

    Address contact(String user) throws ParseException {
        SipURI uri = addresses.createSipURI(user, host);
        uri.setPort(port);
        return addresses.createAddress(uri);
    }

    ViaHeader via(String transport) throws ParseException, InvalidArgumentException {
        return headers.createViaHeader(host, port, transport, null);
    }

    Response response(int status, Request request) throws ParseException {
        return messages.createResponse(status, request);
    }

    Response withBody(Response response, String sdp) throws ParseException {
        response.setContent(sdp, headers.createContentTypeHeader("application", "sdp"));
        return response;
    }

    Response warn(Response r, int code, String text) throws ParseException, InvalidArgumentException {
        r.addHeader(headers.createWarningHeader("mastervoice", code, text));
        return r;
    }

    /** A Reason header (RFC 3326) telling why the node ended a call. */
    void reason(Request request, int cause, String text) throws ParseException, InvalidArgumentException {
        request.addHeader(headers.createReasonHeader("Q.850", cause, text));
    }

    List<String> allow() {
        return List.of(Request.INVITE, Request.ACK, Request.CANCEL, Request.BYE, Request.OPTIONS, Request.REGISTER);
    }
}
