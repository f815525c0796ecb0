package org.mastervoice.media.rtp;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.mastervoice.config.PortRange;

/** Owns the RTP event loops and the port pool; hands out {@link MediaRelay}s, one per call. */
public final class MediaEngine implements AutoCloseable {

    /** No port pair left in the range: the call is refused (503) rather than degraded. */
    public static final class NoPortsException extends Exception {
        public NoPortsException() {
            super("all RTP ports are in use");
        }
    }

    private final InetAddress bind;
    private final RtpPortPool ports;
    private final EventLoopGroup loops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final LongAdder fromCallers = new LongAdder();
    private final LongAdder fromCallees = new LongAdder();

    public MediaEngine(InetAddress bind, PortRange range) {
        this.bind = bind;
        this.ports = new RtpPortPool(range);
    }

    public MediaRelay newRelay() throws NoPortsException {
        MediaRelay.Side a = side();
        try {
            return new MediaRelay(a, side(), ports, (fromA, fromB) -> {
                fromCallers.add(fromA);
                fromCallees.add(fromB);
            });
        } catch (NoPortsException e) {
            a.close(ports);
            throw e;
        }
    }

    private MediaRelay.Side side() throws NoPortsException {
        // a port of the pool may still be held by another program: try the next ones
        for (int attempt = 0; attempt < 8; attempt++) {
            OptionalInt port = ports.take();
            if (port.isEmpty()) {
                throw new NoPortsException();
            }
            MediaRelay.Side side = new MediaRelay.Side(port.getAsInt());
            try {
                side.rtp = bind(port.getAsInt(), side, true);
                side.rtcp = bind(port.getAsInt() + 1, side, false);
                return side;
            } catch (Exception busy) {
                // syncUninterruptibly() rethrows the checked BindException undeclared: catch it all
                side.close(null);
                // keep the busy port out of the pool for now: lent and never given back
            }
        }
        throw new NoPortsException();
    }

    private Channel bind(int port, MediaRelay.Side side, boolean rtp) {
        return new Bootstrap().group(loops).channel(NioDatagramChannel.class)
                .handler(new RelayHandler(side, rtp))
                .bind(new InetSocketAddress(bind, port)).syncUninterruptibly().channel();
    }

    /** RTP packets relayed from callers (A sides) in calls that have ended. */
    public long packetsFromCallers() {
        return fromCallers.sum();
    }

    /** RTP packets relayed from callees (B sides) in calls that have ended. */
    public long packetsFromCallees() {
        return fromCallees.sum();
    }

    public int portsInUse() {
        return ports.inUse();
    }

    @Override
    public void close() {
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
