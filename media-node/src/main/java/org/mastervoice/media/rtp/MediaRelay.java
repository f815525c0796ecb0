package org.mastervoice.media.rtp;

import io.netty.channel.Channel;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.util.function.BiConsumer;

/**
 * The media of one call: side A faces the caller, side B the callee. Each side sends to where the SDP said
 * until the peer's first packet arrives, then latches to the packet's real source (symmetric RTP, RFC 4961's
 * practice behind NAT); it re-latches only after {@link #RELATCH_AFTER_NANOS} of silence from the current
 * source, so a stray packet cannot steal the stream. RTCP is relayed the same way on the next port.
 */
public final class MediaRelay implements AutoCloseable {

    static final long RELATCH_AFTER_NANOS = 2_000_000_000L;

    /** One side's sockets and where its peer is. Written by that side's event loop only. */
    static final class Side {
        final int port;
        Channel rtp;
        Channel rtcp;
        Side other;
        volatile InetSocketAddress rtpRemote;
        volatile InetSocketAddress rtcpRemote;
        volatile boolean latched;
        volatile long lastPacketNanos = System.nanoTime();
        volatile long packetsIn;

        Side(int port) {
            this.port = port;
        }

        void received(DatagramPacket packet, boolean isRtp) {
            long now = System.nanoTime();
            InetSocketAddress from = packet.sender();
            if (isRtp) {
                if (!latched || (!from.equals(rtpRemote) && now - lastPacketNanos > RELATCH_AFTER_NANOS)) {
                    rtpRemote = from;
                    latched = true;
                }
                if (!from.equals(rtpRemote)) {
                    return;
                }
                lastPacketNanos = now;
                packetsIn++;
                forward(other.rtp, other.rtpRemote, packet);
            } else {
                rtcpRemote = from;
                forward(other.rtcp, other.rtcpRemote, packet);
            }
        }

        private static void forward(Channel out, InetSocketAddress to, DatagramPacket packet) {
            if (out != null && to != null && out.isActive()) {
                out.writeAndFlush(new DatagramPacket(packet.content().retain(), to), out.voidPromise());
            }
        }

        void close(RtpPortPool pool) {
            if (rtp != null) {
                rtp.close();
            }
            if (rtcp != null) {
                rtcp.close();
            }
            if (pool != null) {
                pool.give(port);
            }
        }
    }

    private final Side a;
    private final Side b;
    private final RtpPortPool pool;
    private final BiConsumer<Long, Long> totals;
    private volatile boolean closed;

    MediaRelay(Side a, Side b, RtpPortPool pool, BiConsumer<Long, Long> totals) {
        this.a = a;
        this.b = b;
        this.pool = pool;
        this.totals = totals;
        a.other = b;
        b.other = a;
    }

    public int portA() {
        return a.port;
    }

    public int portB() {
        return b.port;
    }

    /** Where side A's peer said it receives (its SDP); used until A's first packet arrives. */
    public void peerOfA(InetSocketAddress rtp) {
        aim(a, rtp);
    }

    public void peerOfB(InetSocketAddress rtp) {
        aim(b, rtp);
    }

    private static void aim(Side side, InetSocketAddress rtp) {
        if (!side.latched) {
            side.rtpRemote = rtp;
        }
        if (side.rtcpRemote == null) {
            side.rtcpRemote = new InetSocketAddress(rtp.getAddress(), rtp.getPort() + 1);
        }
    }

    public long packetsFromA() {
        return a.packetsIn;
    }

    public long packetsFromB() {
        return b.packetsIn;
    }

    /** Nanoseconds since either side last sent RTP (for the no-media hang-up). */
    public long silentForNanos() {
        return System.nanoTime() - Math.max(a.lastPacketNanos, b.lastPacketNanos);
    }

    /** Closes the four sockets and returns both ports; safe on every path and more than once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        a.close(pool);
        b.close(pool);
        totals.accept(a.packetsIn, b.packetsIn);
    }
}
