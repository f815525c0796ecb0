package org.mastervoice.media.call;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.address.SipURI;
import javax.sip.Dialog;
import javax.sip.header.CSeqHeader;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.mastervoice.call.CallEventPublisher;
import org.mastervoice.dialplan.ShortNumber;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.Extension;
import org.mastervoice.media.directory.DirectoryCache;
import org.mastervoice.media.registrar.AuthFailures;
import org.mastervoice.media.sip.DigestHeaders;
import org.mastervoice.media.sip.SipRequestRouter;
import org.mastervoice.media.rtp.MediaEngine;
import org.mastervoice.media.rtp.MediaRelay;
import org.mastervoice.media.sdp.AudioSdp;
import org.mastervoice.registration.AddressOfRecord;
import org.mastervoice.registration.ContactBinding;
import org.mastervoice.registration.LocationService;
import org.mastervoice.security.DigestAuthenticator;
import org.mastervoice.tenant.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admits new INVITEs and hands everything else to the call it belongs to. Admission: the From domain
 * selects the tenant, the device proves itself (407 challenge), the dialled number is looked up in that
 * tenant only (extension, or a short number that names one), its devices' registered contacts become the
 * forks, the offer must share PCMU/PCMA with the node, and a media relay must be free. Then the call runs
 * on its own virtual thread. Nothing here blocks the SIP stack's threads.
 */
public final class CallRouter {

    private static final Logger LOG = LoggerFactory.getLogger(CallRouter.class);

    private final SipKit kit;
    private final DirectoryCache directory;
    private final LocationService locations;
    private final DigestAuthenticator digest;
    private final AuthFailures failures;
    private final MediaEngine media;
    private final CallEventPublisher events;
    private final CallSettings settings;
    private final Clock clock;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    /** Call-ID of any leg (ours for B legs, the caller's for A legs) -> the call. */
    private final Map<String, Call> byCallId = new ConcurrentHashMap<>();
    private final Map<ClientTransaction, Call> byTransaction = new ConcurrentHashMap<>();

    public CallRouter(SipKit kit, DirectoryCache directory, LocationService locations, DigestAuthenticator digest,
                      AuthFailures failures, MediaEngine media, CallEventPublisher events, CallSettings settings, Clock clock) {
        this.kit = kit;
        this.directory = directory;
        this.locations = locations;
        this.digest = digest;
        this.failures = failures;
        this.media = media;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    public int activeCalls() {
        return (int) byCallId.values().stream().distinct().count();
    }

    // ---- entry points from the SIP listener (stack threads: never block) ------------------------------

    public void onRequest(RequestEvent event) {
        Request request = event.getRequest();
        String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        Call call = byCallId.get(callId);
        String method = request.getMethod();
        try {
            if (Request.INVITE.equals(method) && ((ToHeader) request.getHeader(ToHeader.NAME)).getTag() == null) {
                ServerTransaction st = event.getServerTransaction() != null ? event.getServerTransaction()
                        : kit.provider.getNewServerTransaction(request);
                String source = SipRequestRouter.source(event);
                threads.execute(() -> admit(request, st, source));
            } else if (call != null) {
                boolean fromA = callId.equals(call.id());
                call.mailbox().put(new Mailbox.Request(event, fromA));
            } else if (Request.ACK.equals(method)) {
                // an ACK of a final error response: absorbed by its transaction, or stray
                LOG.debug("stray ACK for {}", callId);
            } else {
                ServerTransaction st = event.getServerTransaction() != null ? event.getServerTransaction()
                        : kit.provider.getNewServerTransaction(request);
                st.sendResponse(kit.response(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
            }
        } catch (TransactionAlreadyExistsException retransmission) {
            LOG.debug("retransmitted {} absorbed", method);
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            LOG.warn("{} (Call-ID {}) not handled: {}", method, callId, e.toString());
        }
    }

    public void onResponse(ResponseEvent event) {
        ClientTransaction tx = event.getClientTransaction();
        Call call = tx == null ? null : byTransaction.get(tx);
        if (call == null) {
            String callId = ((CallIdHeader) event.getResponse().getHeader(CallIdHeader.NAME)).getCallId();
            call = byCallId.get(callId);
        }
        if (call != null) {
            call.mailbox().put(new Mailbox.Response(event));
        } else {
            endOrphan(event);
        }
    }

    /**
     * A fork answered after its call ended (the CANCEL/200 race, a ring timeout, another device won): take the
     * answer and hang up at once; a late 1xx is cancelled. Otherwise that phone would sit "in a call" alone.
     */
    private void endOrphan(ResponseEvent event) {
        Response r = event.getResponse();
        CSeqHeader cseq = (CSeqHeader) r.getHeader(CSeqHeader.NAME);
        if (!Request.INVITE.equals(cseq.getMethod())) {
            return;
        }
        try {
            if (r.getStatusCode() >= 200 && r.getStatusCode() < 300 && event.getDialog() != null) {
                Dialog d = event.getDialog();
                d.sendAck(d.createAck(cseq.getSeqNumber()));
                Request bye = d.createRequest(Request.BYE);
                kit.reason(bye, 26, "call already ended");
                d.sendRequest(kit.provider.getNewClientTransaction(bye));
            } else if (r.getStatusCode() > 100 && r.getStatusCode() < 200 && event.getClientTransaction() != null) {
                kit.provider.getNewClientTransaction(event.getClientTransaction().createCancel()).sendRequest();
            }
        } catch (SipException | InvalidArgumentException | ParseException | RuntimeException e) {
            LOG.debug("could not end an orphaned answer: {}", e.toString());
        }
    }

    public void onTimeout(TimeoutEvent event) {
        if (event.isServerTransaction()) {
            return;
        }
        Call call = byTransaction.get(event.getClientTransaction());
        if (call != null) {
            call.mailbox().put(new Mailbox.Timeout(event.getClientTransaction()));
        }
    }

    // ---- bookkeeping used by calls ---------------------------------------------------------------------

    void registerDialog(String callId, Call call) {
        byCallId.put(callId, call);
    }

    void registerFork(String callId, ClientTransaction tx, Call call) {
        byCallId.put(callId, call);
        byTransaction.put(tx, call);
    }

    void registerTransaction(ClientTransaction tx, Call call) {
        byTransaction.put(tx, call);
    }

    void unregister(Call call, List<ClientTransaction> txs, List<String> legCallIds) {
        byCallId.remove(call.id(), call);
        legCallIds.forEach(id -> byCallId.remove(id, call));
        txs.forEach(byTransaction::remove);
        byTransaction.values().removeIf(c -> c == call);
    }

    // ---- admission (on a virtual thread) -------------------------------------------------------------

    private void admit(Request invite, ServerTransaction st, String source) {
        MediaRelay relay = null;
        try {
            Optional<CallPlan> plan = plan(invite, st, source);
            if (plan.isEmpty()) {
                return;
            }
            try {
                relay = media.newRelay();
            } catch (MediaEngine.NoPortsException e) {
                Response busy = kit.response(Response.SERVICE_UNAVAILABLE, invite);
                busy.addHeader(kit.headers.createRetryAfterHeader(5));
                st.sendResponse(kit.warn(busy, 399, "no media ports free"));
                return;
            }
            st.sendResponse(kit.response(Response.TRYING, invite));
            Call call = new Call(this, kit, clock, settings, events, invite, st, plan.get(), relay);
            relay = null; // the call owns it now and closes it on every path
            byCallId.put(call.id(), call);
            call.run();
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            if (relay != null) {
                relay.close();
            }
            LOG.warn("INVITE (Call-ID {}) failed: {}", invite.getHeader(CallIdHeader.NAME), e.toString());
            try {
                st.sendResponse(kit.response(Response.SERVER_INTERNAL_ERROR, invite));
            } catch (ParseException | SipException | InvalidArgumentException | RuntimeException ignored) {
                // already answered
            }
        }
    }

    /** Routes the INVITE, answering it with the error itself when it cannot be routed. */
    private Optional<CallPlan> plan(Request invite, ServerTransaction st, String source) throws ParseException, SipException, InvalidArgumentException {
        MaxForwardsHeader mf = (MaxForwardsHeader) invite.getHeader(MaxForwardsHeader.NAME);
        if (mf != null && mf.getMaxForwards() <= 0) {
            return refuse(st, invite, Response.TOO_MANY_HOPS, "Max-Forwards reached 0");
        }
        for (ListIterator<?> vias = invite.getHeaders(ViaHeader.NAME); vias.hasNext(); ) {
            ViaHeader via = (ViaHeader) vias.next();
            if (via.getHost().equals(kit.host) && via.getPort() == kit.port) {
                return refuse(st, invite, Response.LOOP_DETECTED, "this request has already passed this node");
            }
        }
        FromHeader from = (FromHeader) invite.getHeader(FromHeader.NAME);
        if (!(from.getAddress().getURI() instanceof SipURI fromUri) || !(invite.getRequestURI() instanceof SipURI target)) {
            return refuse(st, invite, Response.UNSUPPORTED_URI_SCHEME, "only sip: URIs");
        }
        Optional<Tenant> tenant = directory.tenantByDomain(fromUri.getHost());
        if (tenant.isEmpty()) {
            return refuse(st, invite, Response.FORBIDDEN, "unknown domain " + fromUri.getHost());
        }
        if (!tenant.get().isActive()) {
            return refuse(st, invite, Response.FORBIDDEN, "this domain is suspended");
        }
        String realm = tenant.get().sipDomain().value();
        AuthorizationHeader auth = DigestHeaders.find(invite, ProxyAuthorizationHeader.NAME, realm);
        if (auth == null) {
            Response challenge = kit.response(Response.PROXY_AUTHENTICATION_REQUIRED, invite);
            challenge.addHeader(DigestHeaders.challenge(kit.headers.createProxyAuthenticateHeader("Digest"), digest, realm, false));
            st.sendResponse(challenge);
            return Optional.empty();
        }
        Optional<Device> device = directory.device(tenant.get().id(), auth.getParameter("username"));
        DigestAuthenticator.Verdict verdict = device.map(d -> DigestHeaders.verify(digest, auth, invite, d.ha1(), realm))
                .orElse(DigestAuthenticator.Verdict.INVALID);
        if (verdict == DigestAuthenticator.Verdict.STALE) {
            Response challenge = kit.response(Response.PROXY_AUTHENTICATION_REQUIRED, invite);
            challenge.addHeader(DigestHeaders.challenge(kit.headers.createProxyAuthenticateHeader("Digest"), digest, realm, true));
            st.sendResponse(challenge);
            return Optional.empty();
        }
        if (verdict == DigestAuthenticator.Verdict.INVALID) {
            failures.record(source.substring(source.indexOf(':') + 1, source.lastIndexOf(':')));
            return refuse(st, invite, Response.FORBIDDEN, "wrong credentials");
        }
        Device caller = device.orElseThrow();
        if (!fromUri.getUser().equals(caller.username()) && !fromUri.getUser().equals(caller.extensionNumber())) {
            return refuse(st, invite, Response.FORBIDDEN, "these credentials may not call as " + fromUri.getUser());
        }
        Extension callerExtension = directory.extension(tenant.get().id(), caller.extensionNumber()).orElse(null);
        if (callerExtension == null) {
            return refuse(st, invite, Response.FORBIDDEN, "the calling device has no extension");
        }

        byte[] body = invite.getRawContent();
        if (body == null || body.length == 0) {
            return refuse(st, invite, Response.NOT_ACCEPTABLE_HERE, "an SDP offer in the INVITE is required");
        }
        AudioSdp offer;
        try {
            offer = AudioSdp.parse(new String(body, StandardCharsets.UTF_8)).supportedOnly();
        } catch (IllegalArgumentException e) {
            return refuse(st, invite, Response.NOT_ACCEPTABLE_HERE, "the SDP has no audio stream");
        }
        if (!offer.hasAudioCodec()) {
            Response r = kit.response(Response.NOT_ACCEPTABLE_HERE, invite);
            st.sendResponse(kit.warn(r, 305, "no common codec: offer PCMU or PCMA"));
            return Optional.empty();
        }
        String dialled = target.getUser() == null ? "" : target.getUser();
        Optional<Extension> callee = directory.extension(tenant.get().id(), dialled);
        if (callee.isEmpty()) {
            Optional<ShortNumber> shortNumber = directory.shortNumber(tenant.get().id(), dialled);
            if (shortNumber.isPresent()) {
                callee = directory.extension(tenant.get().id(), shortNumber.get().number());
            }
        }
        if (callee.isEmpty()) {
            return refuse(st, invite, Response.NOT_FOUND, "no extension or short number " + dialled + " in this company");
        }
        List<CallTarget> targets = new ArrayList<>();
        for (Device d : directory.devices(tenant.get().id(), callee.get().number())) {
            for (ContactBinding b : locations.lookup(new AddressOfRecord(tenant.get().id(), d.username()))) {
                targets.add(new CallTarget(d.username(), b));
            }
        }
        if (targets.isEmpty()) {
            return refuse(st, invite, Response.TEMPORARILY_UNAVAILABLE, "extension " + callee.get().number() + " has no registered device");
        }
        return Optional.of(new CallPlan(tenant.get().id(), realm, callerExtension.callerIdNumber(), callerExtension.callerIdName(),
                caller.username(), source, dialled, callee.get().number(), targets, offer));
    }

    private Optional<CallPlan> refuse(ServerTransaction st, Request invite, int status, String why)
            throws ParseException, SipException, InvalidArgumentException {
        Response r = kit.response(status, invite);
        ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(SipKit.tag());
        st.sendResponse(kit.warn(r, 399, why));
        return Optional.empty();
    }





    public void close() {
        threads.shutdownNow();
    }
}
