package org.mastervoice.media.sip;

import java.text.ParseException;
import java.util.List;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.PeerUnavailableException;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches each incoming SIP request by method. Today it answers OPTIONS (RFC 3261 section 11: 200 with
 * Allow, Accept and Supported, the keep-alive and capability probe every phone and proxy uses) and refuses
 * the methods whose features are not built yet with 501; registrar and B2BUA plug in here.
 * Never blocks and never throws into the stack: one bad request must not affect others.
 */
public final class SipRequestRouter implements SipListener {

    private static final Logger LOG = LoggerFactory.getLogger(SipRequestRouter.class);
    static final List<String> ALLOWED = List.of(Request.OPTIONS, Request.ACK);

    private final SipProvider provider;
    private final MessageFactory messages;
    private final HeaderFactory headers;

    public SipRequestRouter(SipProvider provider, SipFactory factory) throws PeerUnavailableException {
        this.provider = provider;
        this.messages = factory.createMessageFactory();
        this.headers = factory.createHeaderFactory();
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        try {
            switch (request.getMethod()) {
                case Request.ACK -> {
                    // ACKs of our own non-2xx final responses are absorbed by the transaction layer
                }
                case Request.OPTIONS -> reply(request, Response.OK);
                default -> reply(request, Response.NOT_IMPLEMENTED);
            }
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            LOG.warn("could not answer {} (Call-ID {}): {}", request.getMethod(), request.getHeader("Call-ID"), e.toString());
        }
    }

    private void reply(Request request, int status) throws ParseException, SipException, InvalidArgumentException {
        Response response = messages.createResponse(status, request);
        response.addHeader(headers.createAllowHeader(String.join(", ", ALLOWED)));
        response.addHeader(headers.createAcceptHeader("application", "sdp"));
        response.addHeader(headers.createSupportedHeader("path"));
        response.addHeader(headers.createServerHeader(List.of("MasterVoice/0.1")));
        // stateless: OPTIONS and 501 need no retransmission state, so nothing is kept per request
        provider.sendResponse(response);
    }

    @Override
    public void processResponse(ResponseEvent event) {
        // the node sends no requests yet
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.debug("SIP I/O error towards {}:{}/{}", event.getHost(), event.getPort(), event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
    }
}
