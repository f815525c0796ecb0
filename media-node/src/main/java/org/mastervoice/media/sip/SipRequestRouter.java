package org.mastervoice.media.sip;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import gov.nist.javax.sip.RequestEventExt;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.ServerTransaction;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.OptionTag;
import javax.sip.header.ProxyRequireHeader;
import javax.sip.header.RequireHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.mastervoice.media.call.CallRouter;
import org.mastervoice.media.registrar.RegisterHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches each incoming SIP request by method: INVITE, ACK, BYE and CANCEL to the calls, REGISTER to the
 * registrar (on a virtual thread, in a server transaction), OPTIONS answered at once (RFC 3261 section 11: 200 with Allow, Accept and Supported, the
 * keep-alive and capability probe every phone and proxy uses), and 501 for methods not built yet.
 * Never blocks and never throws into the stack: one bad request must not affect others.
 */
public final class SipRequestRouter implements SipListener {

    private static final Logger LOG = LoggerFactory.getLogger(SipRequestRouter.class);
    static final List<String> ALLOWED = List.of(Request.INVITE, Request.ACK, Request.CANCEL, Request.BYE, Request.REGISTER, Request.OPTIONS);

    private final SipProvider provider;
    private final MessageFactory messages;
    private final HeaderFactory headers;
    private final RegisterHandler registrar;
    private final CallRouter calls;
    private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();

    public SipRequestRouter(SipProvider provider, MessageFactory messages, HeaderFactory headers, RegisterHandler registrar,
                            CallRouter calls) {
        this.provider = provider;
        this.messages = messages;
        this.headers = headers;
        this.registrar = registrar;
        this.calls = calls;
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        try {
            if (!Request.ACK.equals(request.getMethod()) && !acceptable(request)) {
                return;
            }
            if (request.getHeader(MaxForwardsHeader.NAME) == null) {
                // RFC 2543 clients send none; RFC 3261 section 16.6 step 3: add it rather than refuse
                request.addHeader(headers.createMaxForwardsHeader(70));
            }
            if (Request.INVITE.equals(request.getMethod()) && request.getHeader(ContactHeader.NAME) == null) {
                // RFC 2543 allowed an INVITE without Contact: the From address is where the caller is reached
                request.addHeader(headers.createContactHeader(((FromHeader) request.getHeader(FromHeader.NAME)).getAddress()));
            }
            switch (request.getMethod()) {
                case Request.INVITE, Request.ACK, Request.BYE, Request.CANCEL -> calls.onRequest(event);
                case Request.OPTIONS -> reply(request, Response.OK);
                case Request.REGISTER -> {
                    // the transaction absorbs retransmissions; the work (a cache miss may read the store) leaves the stack's thread
                    ServerTransaction transaction = event.getServerTransaction() != null
                            ? event.getServerTransaction() : provider.getNewServerTransaction(request);
                    String source = source(event);
                    work.execute(() -> registrar.handle(request, transaction, source));
                }
                default -> reply(request, Response.NOT_IMPLEMENTED);
            }
        } catch (TransactionAlreadyExistsException retransmission) {
            LOG.debug("retransmitted {} absorbed", request.getMethod());
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            LOG.warn("could not answer {} (Call-ID {}): {}", request.getMethod(), request.getHeader("Call-ID"), e.toString());
        }
    }

    /**
     * transport:ip:port the request really came from, from the socket, never from a Via the sender wrote
     * (a forged {@code received} would otherwise redirect a victim's calls).
     */
    public static String source(RequestEvent event) {
        ViaHeader via = (ViaHeader) event.getRequest().getHeader(ViaHeader.NAME);
        String transport = via == null ? "udp" : via.getTransport().toLowerCase(Locale.ROOT);
        if (event instanceof RequestEventExt ext && ext.getRemoteIpAddress() != null) {
            return transport + ":" + ext.getRemoteIpAddress() + ":" + ext.getRemotePort();
        }
        return transport + ":" + (via.getReceived() != null ? via.getReceived() : via.getHost()) + ":"
                + (via.getRPort() > 0 ? via.getRPort() : via.getPort() > 0 ? via.getPort() : 5060);
    }

    /**
     * RFC 3261 section 8.2.2: 416 for a Request-URI scheme the node cannot serve, 420 with Unsupported for
     * extensions the caller requires (the node requires none and supports none that must be required).
     */
    private boolean acceptable(Request request) throws ParseException, SipException, InvalidArgumentException {
        String scheme = request.getRequestURI().getScheme();
        if (!"sip".equalsIgnoreCase(scheme) && !"sips".equalsIgnoreCase(scheme) && !"tel".equalsIgnoreCase(scheme)) {
            reply(request, Response.UNSUPPORTED_URI_SCHEME);
            return false;
        }
        if (Request.CANCEL.equals(request.getMethod())) {
            return true;
        }
        List<String> unsupported = new ArrayList<>();
        for (String name : List.of(RequireHeader.NAME, ProxyRequireHeader.NAME)) {
            for (ListIterator<?> it = request.getHeaders(name); it != null && it.hasNext(); ) {
                unsupported.add(((OptionTag) it.next()).getOptionTag());
            }
        }
        if (!unsupported.isEmpty()) {
            Response r = messages.createResponse(Response.BAD_EXTENSION, request);
            for (String tag : unsupported) {
                r.addHeader(headers.createUnsupportedHeader(tag));
            }
            provider.sendResponse(r);
            return false;
        }
        return true;
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
        calls.onResponse(event);
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        calls.onTimeout(event);
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
