package org.mastervoice.media.call;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.mastervoice.call.CallEvent;
import org.mastervoice.call.CallEventPublisher;
import org.mastervoice.media.rtp.MediaRelay;
import org.mastervoice.media.sdp.AudioSdp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call through the B2BUA, on its own virtual thread. States: ringing (forks outstanding) -> answered
 * (one fork won, the others cancelled) -> ended; or ringing -> ended with the best final response of the
 * forks (486 over 480 over 408), 487 after the caller's CANCEL, 480 when nobody answers in time.
 * <pre>
 *   caller --INVITE--> [A leg | relay | B legs] --INVITE (fork)--> callee devices
 * </pre>
 * Every exit path closes the media relay and unregisters the legs.
 */
final class Call implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Call.class);


    private final CallRouter router;
    private final SipKit kit;
    private final Clock clock;
    private final CallSettings settings;
    private final CallEventPublisher events;
    private final Mailbox mailbox = new Mailbox();
    private final Request invite;
    private final ServerTransaction inviteTx;
    private final CallPlan plan;
    private final MediaRelay relay;
    private final String aTag = SipKit.tag();
    private final AtomicLong sequence = new AtomicLong();
    private final List<Fork> forks = new ArrayList<>();
    private final String id;
    private Dialog dialogA;
    private Fork winner;
    private boolean ringingSent;
    private boolean earlyMedia;
    private final ReinviteRelay reinvites;
    private long sdpVersion = 1;

    Call(CallRouter router, SipKit kit, Clock clock, CallSettings settings, CallEventPublisher events, Request invite,
         ServerTransaction inviteTx, CallPlan plan, MediaRelay relay) {
        this.router = router;
        this.kit = kit;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
        this.invite = invite;
        this.inviteTx = inviteTx;
        this.plan = plan;
        this.relay = relay;
        this.id = ((CallIdHeader) invite.getHeader(CallIdHeader.NAME)).getCallId();
        this.reinvites = new ReinviteRelay(kit, relay, router, this);
    }

    String id() {
        return id;
    }

    Mailbox mailbox() {
        return mailbox;
    }

    @Override
    public void run() {
        String disposition = "failed";
        String side = "node";
        int status = 500;
        String cause = "internal error";
        try {
            events.publish(new CallEvent.CallStarted(id, plan.tenant(), sequence.incrementAndGet(), clock.instant(),
                    plan.callerNumber(), plan.callerName(), plan.dialled(), "internal"));
            dialogA = kit.provider.getNewDialog(inviteTx);
            router.registerDialog(id, this);
            relay.peerOfA(new InetSocketAddress(plan.offer().address(), plan.offer().port()));
            relay.allowA(InetAddress.getByName(hostOf(plan.callerSource())));
            for (CallTarget t : plan.targets()) {
                if (t.binding().source() != null) {
                    relay.allowB(InetAddress.getByName(hostOf(t.binding().source())));
                }
            }
            fork();
            Outcome ringing = ring();
            if (ringing.status() != 200) {
                disposition = ringing.disposition();
                side = ringing.side();
                status = ringing.status();
                cause = ringing.cause();
                return;
            }
            Outcome talk = talk();
            disposition = "answered";
            side = talk.side();
            status = talk.status();
            cause = talk.cause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | ParseException | SipException | InvalidArgumentException | UnknownHostException e) {
            LOG.warn("call {} failed: {}", id, e.toString());
            failA(Response.SERVER_INTERNAL_ERROR);
            // leave no leg behind: ringing forks are cancelled, an answered call is hung up on both sides
            cancelForks(null);
            if (winner != null) {
                byeA(41, "call failed");
                byeB(41, "call failed");
            }
        } finally {
            relay.close();
            router.unregister(this, forks.stream().map(f -> f.tx).toList(), forks.stream().map(f -> callIdOf(f.invite)).toList());
            events.publish(new CallEvent.CallEnded(id, plan.tenant(), sequence.incrementAndGet(), clock.instant(), disposition, side, status, cause));
        }
    }

    /** How a phase ended. */
    private record Outcome(int status, String disposition, String side, String cause) {
    }

    // ---- ringing ----------------------------------------------------------------------------------------

    private void fork() throws ParseException, SipException, InvalidArgumentException {
        String offer = plan.offer().at(kit.host, relay.portB()).render(System.nanoTime() & 0xffffffL, sdpVersion);
        int maxForwards = ((MaxForwardsHeader) invite.getHeader(MaxForwardsHeader.NAME)).getMaxForwards();
        for (CallTarget t : plan.targets()) {
            Fork fork = ForkInvites.create(kit, plan, t, offer, maxForwards);
            forks.add(fork);
            router.registerFork(callIdOf(fork.invite), fork.tx, this);
            fork.tx.sendRequest();
        }
    }

    private Outcome ring() throws InterruptedException, ParseException, SipException, InvalidArgumentException {
        Instant deadline = clock.instant().plus(settings.ringTimeout());
        while (true) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                cancelForks(null);
                answerA(Response.TEMPORARILY_UNAVAILABLE, "no answer");
                return new Outcome(480, "no-answer", "node", "no answer within " + settings.ringTimeout().toSeconds() + " s");
            }
            Mailbox.Message m = mailbox.take(left);
            if (m == null) {
                continue;
            }
            switch (m) {
                case Mailbox.Response r -> {
                    Outcome done = onRingingResponse(r.event());
                    if (done != null) {
                        return done;
                    }
                }
                case Mailbox.Timeout t -> {
                    Fork f = forkOf(t.transaction());
                    if (f != null && f.finalStatus == null) {
                        f.finalStatus = Response.REQUEST_TIMEOUT;
                    }
                    Outcome done = allFailed();
                    if (done != null) {
                        return done;
                    }
                }
                case Mailbox.Request q when q.fromA() && Request.CANCEL.equals(q.event().getRequest().getMethod()) -> {
                    respond(q.event(), Response.OK);
                    cancelForks(null);
                    answerA(Response.REQUEST_TERMINATED, null);
                    return new Outcome(487, "cancelled", "caller", "caller cancelled");
                }
                case Mailbox.Request q -> LOG.debug("call {}: {} ignored while ringing", id, q.event().getRequest().getMethod());
            }
        }
    }

    private Outcome onRingingResponse(ResponseEvent e) throws ParseException, SipException, InvalidArgumentException {
        Response r = e.getResponse();
        Fork f = forkOf(e.getClientTransaction());
        if (f == null || !Request.INVITE.equals(((CSeqHeader) r.getHeader(CSeqHeader.NAME)).getMethod())) {
            return null;
        }
        int status = r.getStatusCode();
        if (status < 200) {
            f.provisional = true;
            if (f.cancelPending) {
                f.cancelPending = false;
                LegActions.cancel(kit, f);
            } else if (status > 100) {
                provisional(f, r);
            }
            return null;
        }
        if (status < 300) {
            if (winner != null || f.cancelPending) {
                // a second answer (or one that crossed our CANCEL): take it and end it at once
                LegActions.ackAndBye(kit, f, r);
                return null;
            }
            AudioSdp answer;
            try {
                answer = AudioSdp.parse(new String(r.getRawContent() == null ? new byte[0] : r.getRawContent(),
                        StandardCharsets.UTF_8)).supportedOnly();
            } catch (IllegalArgumentException unusable) {
                // an answer without usable media: that device cannot take the call
                f.finalStatus = Response.NOT_ACCEPTABLE_HERE;
                LegActions.ackAndBye(kit, f, r);
                return allFailed();
            }
            winner = f;
            f.finalStatus = status;
            LegActions.ack(f, r);
            cancelForks(f);
            relay.peerOfB(new InetSocketAddress(answer.address(), answer.port()));
            Response ok = kit.withBody(kit.response(Response.OK, invite), answer.at(kit.host, relay.portA()).renderAnswerTo(plan.offer(), 42, sdpVersion++));
            ((ToHeader) ok.getHeader(ToHeader.NAME)).setTag(aTag);
            ok.addHeader(kit.headers.createContactHeader(kit.contact("mv")));
            inviteTx.sendResponse(ok);
            events.publish(new CallEvent.LegAnswered(id, plan.tenant(), sequence.incrementAndGet(), clock.instant(),
                    f.target.device(), plan.calleeExtension()));
            return new Outcome(200, "answered", null, null);
        }
        f.finalStatus = status;
        return allFailed();
    }

    /**
     * Relays ringing to the caller once; a 180/183 with SDP (early media: ringback, announcements) is relayed as
     * 183 with the node's side of the media, from the first fork that offers it.
     */
    private void provisional(Fork f, Response r) throws ParseException, SipException, InvalidArgumentException {
        byte[] body = r.getRawContent();
        boolean early = body != null && body.length > 0 && !earlyMedia;
        if (!early && ringingSent) {
            return;
        }
        Response toA;
        if (early) {
            earlyMedia = true;
            AudioSdp answer = AudioSdp.parse(new String(body, StandardCharsets.UTF_8)).supportedOnly();
            relay.peerOfB(new InetSocketAddress(answer.address(), answer.port()));
            toA = kit.withBody(kit.response(Response.SESSION_PROGRESS, invite), answer.at(kit.host, relay.portA()).renderAnswerTo(plan.offer(), 42, sdpVersion));
        } else {
            toA = kit.response(Response.RINGING, invite);
        }
        ((ToHeader) toA.getHeader(ToHeader.NAME)).setTag(aTag);
        toA.addHeader(kit.headers.createContactHeader(kit.contact("mv")));
        inviteTx.sendResponse(toA);
        if (!ringingSent) {
            ringingSent = true;
            events.publish(new CallEvent.LegRinging(id, plan.tenant(), sequence.incrementAndGet(), clock.instant(), f.target.device()));
        }
    }

    /** When every fork has a final failure: the best one for the caller (RFC 3261 section 16.7 in spirit). */
    private Outcome allFailed() throws ParseException, SipException, InvalidArgumentException {
        if (winner != null || forks.stream().anyMatch(f -> f.finalStatus == null)) {
            return null;
        }
        int best = forks.stream().map(f -> f.finalStatus).reduce(0, (x, y) -> CallPlan.rank(y) > CallPlan.rank(x) ? y : x);
        int status = best == Response.REQUEST_TIMEOUT ? Response.TEMPORARILY_UNAVAILABLE : best;
        answerA(status, null);
        String disposition = status == Response.BUSY_HERE || status == Response.BUSY_EVERYWHERE ? "busy"
                : status == Response.TEMPORARILY_UNAVAILABLE ? "no-answer" : "failed";
        return new Outcome(status, disposition, "callee", "all devices answered " + status);
    }

    // ---- talking ----------------------------------------------------------------------------------------

    private Outcome talk() throws InterruptedException, ParseException, SipException, InvalidArgumentException {
        Duration check = Duration.ofSeconds(1);
        while (true) {
            Mailbox.Message m = mailbox.take(check);
            if (m == null) {
                // on hold the held side may legitimately send nothing
                if (!reinvites.onHold() && relay.silentForNanos() > settings.noMediaTimeout().toNanos()) {
                    byeA(41, "no RTP for " + settings.noMediaTimeout().toSeconds() + " s");
                    byeB(41, "no RTP for " + settings.noMediaTimeout().toSeconds() + " s");
                    return new Outcome(200, "answered", "node", "no media");
                }
                continue;
            }
            switch (m) {
                case Mailbox.Request q -> {
                    Request req = q.event().getRequest();
                    switch (req.getMethod()) {
                        case Request.BYE -> {
                            respond(q.event(), Response.OK);
                            if (q.fromA()) {
                                byeB(16, "caller hung up");
                                return new Outcome(200, "answered", "caller", "normal clearing");
                            }
                            byeA(16, "callee hung up");
                            return new Outcome(200, "answered", "callee", "normal clearing");
                        }
                        case Request.ACK -> onAck(q);
                        case Request.INVITE -> reinvites.offer(q, q.fromA() ? winner.dialog : dialogA);
                        default -> respond(q.event(), Response.NOT_IMPLEMENTED);
                    }
                }
                case Mailbox.Response r -> onTalkingResponse(r.event());
                case Mailbox.Timeout t -> {
                    reinvites.timedOut(t.transaction());
                }
            }
        }
    }

    private void onTalkingResponse(ResponseEvent e) throws ParseException, SipException, InvalidArgumentException {
        Response r = e.getResponse();
        String method = ((CSeqHeader) r.getHeader(CSeqHeader.NAME)).getMethod();
        if (reinvites.answer(e, dialogA, winner.dialog)) {
            return;
        }
        if (Request.INVITE.equals(method)) {
            Fork f = forkOf(e.getClientTransaction());
            if (f == null || f == winner) {
                return;
            }
            if (r.getStatusCode() >= 200 && r.getStatusCode() < 300) {
                // a late 2xx of a cancelled fork: take it and end that leg
                LegActions.ackAndBye(kit, f, r);
            } else if (r.getStatusCode() < 200 && f.cancelPending) {
                f.cancelPending = false;
                LegActions.cancel(kit, f);
            }
        }
    }

    private void onAck(Mailbox.Request q) {
        // the caller's ACK of our 2xx ends the INVITE; the stack has stopped retransmitting it
        LOG.debug("call {}: ACK from {}", id, q.fromA() ? "caller" : "callee");
    }

    // ---- SIP helpers ------------------------------------------------------------------------------------

    private Fork forkOf(ClientTransaction tx) {
        for (Fork f : forks) {
            if (f.tx == tx) {
                return f;
            }
        }
        return null;
    }

    private void cancelForks(Fork except) {
        for (Fork f : forks) {
            if (f != except && f.finalStatus == null) {
                if (f.provisional) {
                    LegActions.cancel(kit, f);
                } else {
                    // RFC 3261 section 9.1: no CANCEL before a provisional response; it goes when one arrives
                    f.cancelPending = true;
                }
                f.finalStatus = Response.REQUEST_TERMINATED;
            }
        }
    }

    private void answerA(int status, String warning) throws ParseException, SipException, InvalidArgumentException {
        Response r = kit.response(status, invite);
        ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(aTag);
        if (warning != null) {
            kit.warn(r, 399, warning);
        }
        inviteTx.sendResponse(r);
    }

    private void failA(int status) {
        try {
            if (winner == null) {
                answerA(status, "call failed");
            }
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException ignored) {
            // the transaction may already be terminated
        }
    }

    private void respond(RequestEvent e, int status) throws ParseException, SipException, InvalidArgumentException {
        ServerTransaction st = e.getServerTransaction() != null ? e.getServerTransaction() : kit.provider.getNewServerTransaction(e.getRequest());
        st.sendResponse(kit.response(status, e.getRequest()));
    }

    private void byeA(int cause, String text) {
        LegActions.bye(kit, dialogA, cause, text);
    }

    private void byeB(int cause, String text) {
        if (winner != null) {
            LegActions.bye(kit, winner.dialog, cause, text);
        }
    }

    /** The IP of a "transport:ip:port" source. */
    private static String hostOf(String source) {
        return source.substring(source.indexOf(':') + 1, source.lastIndexOf(':'));
    }

    private static String callIdOf(Request r) {
        return ((CallIdHeader) r.getHeader(CallIdHeader.NAME)).getCallId();
    }

    /** The caller's From tag, to tell this call's CANCEL from another's with the same Call-ID. */
    String callerTag() {
        return ((FromHeader) invite.getHeader(FromHeader.NAME)).getTag();
    }


}
