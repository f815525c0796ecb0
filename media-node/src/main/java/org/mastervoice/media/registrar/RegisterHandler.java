package org.mastervoice.media.registrar;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.ServerTransaction;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.UserAgentHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.mastervoice.directory.Device;
import org.mastervoice.media.directory.DirectoryCache;
import org.mastervoice.media.sip.DigestHeaders;
import org.mastervoice.registration.AddressOfRecord;
import org.mastervoice.registration.ContactBinding;
import org.mastervoice.registration.LocationService;
import org.mastervoice.registration.RegisterOutcome;
import org.mastervoice.registration.RegisterRequest;
import org.mastervoice.security.DigestAuthenticator;
import org.mastervoice.tenant.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers REGISTER (RFC 3261 section 10.3): the To domain selects the tenant (404 unknown, 403 suspended), the
 * device proves itself with digest (realm = the domain; 401 challenge, 401 stale=true for an old nonce, 403 for
 * wrong credentials, counted per source), the To user must be the device's username or its extension number,
 * and the {@link LocationService} decides the rest. Runs on the request's virtual thread.
 */
public final class RegisterHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterHandler.class);
    private static final String AGENT = "mastervoice";

    private final MessageFactory messages;
    private final HeaderFactory headers;
    private final AddressFactory addresses;
    private final DirectoryCache directory;
    private final LocationService locations;
    private final DigestAuthenticator digest;
    private final AuthFailures failures;
    private final Clock clock;

    public RegisterHandler(MessageFactory messages, HeaderFactory headers, AddressFactory addresses, DirectoryCache directory,
                           LocationService locations, DigestAuthenticator digest, AuthFailures failures, Clock clock) {
        this.messages = messages;
        this.headers = headers;
        this.addresses = addresses;
        this.directory = directory;
        this.locations = locations;
        this.digest = digest;
        this.failures = failures;
        this.clock = clock;
    }

    public void handle(Request request, ServerTransaction transaction, String source) {
        try {
            transaction.sendResponse(answer(request, source));
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            LOG.warn("REGISTER (Call-ID {}) failed: {}", request.getHeader(CallIdHeader.NAME), e.toString());
            try {
                // e.g. the registry unreachable on a cache miss: the phone retries after Retry-After
                Response r = messages.createResponse(Response.SERVER_INTERNAL_ERROR, request);
                r.addHeader(headers.createRetryAfterHeader(30));
                transaction.sendResponse(r);
            } catch (ParseException | SipException | InvalidArgumentException | RuntimeException ignored) {
                // the transaction is gone
            }
        }
    }

    Response answer(Request request, String source) throws ParseException, InvalidArgumentException {
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        if (!(to.getAddress().getURI() instanceof SipURI aorUri) || aorUri.getUser() == null) {
            return warn(request, Response.BAD_REQUEST, "To must be a sip: URI with a user");
        }
        String domain = aorUri.getHost();
        Optional<Tenant> tenant = directory.tenantByDomain(domain);
        if (tenant.isEmpty()) {
            return warn(request, Response.NOT_FOUND, "unknown domain " + domain);
        }
        if (!tenant.get().isActive()) {
            return warn(request, Response.FORBIDDEN, "this domain is suspended");
        }
        String realm = tenant.get().sipDomain().value();
        AuthorizationHeader auth = DigestHeaders.find(request, AuthorizationHeader.NAME, realm);
        if (auth == null) {
            return challenge(request, realm, false);
        }
        Optional<Device> device = directory.device(tenant.get().id(), auth.getParameter("username"));
        DigestAuthenticator.Verdict verdict = device
                .map(d -> DigestHeaders.verify(digest, auth, request, d.ha1(), realm))
                .orElse(DigestAuthenticator.Verdict.INVALID);
        switch (verdict) {
            case STALE -> {
                return challenge(request, realm, true);
            }
            case INVALID -> {
                failures.record(source.substring(source.indexOf(':') + 1, source.lastIndexOf(':')));
                return warn(request, Response.FORBIDDEN, "wrong credentials");
            }
            case VALID -> {
                // authenticated
            }
        }
        Device d = device.orElseThrow();
        if (!aorUri.getUser().equals(d.username()) && !aorUri.getUser().equals(d.extensionNumber())) {
            return warn(request, Response.FORBIDDEN, "these credentials may not register " + aorUri.getUser());
        }
        RegisterRequest parsed = parse(request, source);
        RegisterOutcome outcome = locations.register(new AddressOfRecord(tenant.get().id(), d.username()), parsed);
        return switch (outcome) {
            case RegisterOutcome.Accepted ok -> accepted(request, ok.bindings());
            case RegisterOutcome.IntervalTooBrief brief -> {
                Response r = messages.createResponse(Response.INTERVAL_TOO_BRIEF, request);
                r.addHeader(headers.createMinExpiresHeader(brief.minExpires()));
                yield r;
            }
            case RegisterOutcome.Invalid invalid -> warn(request, Response.BAD_REQUEST, invalid.reason());
            case RegisterOutcome.OutOfOrder late -> {
                Response r = warn(request, Response.SERVER_INTERNAL_ERROR, late.reason());
                r.addHeader(headers.createRetryAfterHeader(1));
                yield r;
            }
        };
    }



    private Response challenge(Request request, String realm, boolean stale) throws ParseException {
        Response r = messages.createResponse(Response.UNAUTHORIZED, request);
        r.addHeader(DigestHeaders.challenge(headers.createWWWAuthenticateHeader("Digest"), digest, realm, stale));
        return r;
    }

    private RegisterRequest parse(Request request, String source) {
        List<RegisterRequest.RequestedContact> contacts = new ArrayList<>();
        boolean wildcard = false;
        ListIterator<?> it = request.getHeaders(ContactHeader.NAME);
        while (it != null && it.hasNext()) {
            ContactHeader c = (ContactHeader) it.next();
            if (c.isWildCard()) {
                wildcard = true;
                continue;
            }
            String regId = c.getParameter("reg-id");
            contacts.add(new RegisterRequest.RequestedContact(c.getAddress().getURI().toString(),
                    c.getExpires() >= 0 ? c.getExpires() : null, c.getParameter("+sip.instance"),
                    regId == null || !regId.matches("[0-9]{1,9}") ? null : Integer.valueOf(regId)));
        }
        ExpiresHeader expires = request.getExpires();
        UserAgentHeader ua = (UserAgentHeader) request.getHeader(UserAgentHeader.NAME);
        return new RegisterRequest(contacts, wildcard, expires == null ? null : expires.getExpires(),
                ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId(),
                ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber(), source,
                userAgent(ua));
    }

    private static String userAgent(UserAgentHeader ua) {
        if (ua == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (ListIterator<?> it = ua.getProduct(); it.hasNext(); ) {
            text.append(text.isEmpty() ? "" : " ").append(it.next());
        }
        return text.toString();
    }

    private Response accepted(Request request, List<ContactBinding> bindings) throws ParseException, InvalidArgumentException {
        Response r = messages.createResponse(Response.OK, request);
        Instant now = clock.instant();
        for (ContactBinding b : bindings) {
            ContactHeader c = headers.createContactHeader(addresses.createAddress(b.uri()));
            c.setExpires((int) b.secondsLeft(now));
            if (b.instanceId() != null) {
                c.setParameter("+sip.instance", "\"" + b.instanceId() + "\"");
            }
            if (b.regId() != null) {
                c.setParameter("reg-id", b.regId().toString());
            }
            r.addHeader(c);
        }
        r.addHeader(headers.createDateHeader(Calendar.getInstance(TimeZone.getTimeZone("GMT"))));
        return r;
    }

    private Response warn(Request request, int status, String text) throws ParseException, InvalidArgumentException {
        Response r = messages.createResponse(status, request);
        r.addHeader(headers.createWarningHeader(AGENT, 399, text));
        return r;
    }

}
