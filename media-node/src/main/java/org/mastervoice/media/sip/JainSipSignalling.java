package org.mastervoice.media.sip;

import java.util.Properties;
import java.util.TooManyListenersException;
import javax.sip.ListeningPoint;
import javax.sip.InvalidArgumentException;
import javax.sip.PeerUnavailableException;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import org.mastervoice.media.app.MediaNodeSettings;

/**
 * JAIN-SIP with one provider listening on UDP and TCP at the configured address and port.
 * Dialog support is off (we are a B2BUA and keep our own call state); the listener is re-entrant on a
 * bounded pool, so one slow request cannot hold up the others.
 */
public final class JainSipSignalling implements Signalling {

    private final MediaNodeSettings settings;
    private final SipListenerFactory listeners;
    private SipStack stack;

    /** Builds the listener once the provider exists (the listener needs it to answer). */
    @FunctionalInterface
    public interface SipListenerFactory {
        SipListener create(SipProvider provider, SipFactory factory) throws PeerUnavailableException;
    }

    public JainSipSignalling(MediaNodeSettings settings, SipListenerFactory listeners) {
        this.settings = settings;
        this.listeners = listeners;
    }

    static Properties stackProperties(String nodeId) {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", "mastervoice-" + nodeId);
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "16");
        p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        p.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
        p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
        return p;
    }

    @Override
    public void start() {
        String address = settings.bind().getHostAddress();
        try {
            SipFactory factory = SipFactory.getInstance();
            factory.setPathName("gov.nist");
            stack = factory.createSipStack(stackProperties(settings.nodeId()));
            ListeningPoint udp = stack.createListeningPoint(address, settings.sipPort(), ListeningPoint.UDP);
            ListeningPoint tcp = stack.createListeningPoint(address, settings.sipPort(), ListeningPoint.TCP);
            SipProvider provider = stack.createSipProvider(udp);
            provider.addListeningPoint(tcp);
            provider.addSipListener(listeners.create(provider, factory));
            stack.start();
        } catch (SipException | InvalidArgumentException | TooManyListenersException e) {
            close();
            throw new IllegalStateException("cannot start SIP on " + address + ":" + settings.sipPort() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (stack != null) {
            stack.stop();
            stack = null;
        }
    }
}
