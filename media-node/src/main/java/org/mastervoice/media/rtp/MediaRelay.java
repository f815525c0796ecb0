package org.mastervoice.media.rtp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The media of one call: side A faces the caller, side B the callee. Each side sends to where the SDP said
 * until the peer's first packet arrives, then latches to the packet's real source (symmetric RTP, the
 * practice behind NAT). Only packets from an address the peer announced (its SDP address or the address its
 * SIP came from) that look like RTP version 2 may latch, and a latched side re-latches only after
 * {@link #RELATCH_AFTER_NANOS} of silence: a stranger spraying the port range cannot take the stream
 * ("RTP bleed"). RTCP is relayed on the next port under the same address rule.
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
        /** Addresses this side's peer may send from; empty accepts any (not used by calls). */
        final Set<InetAddress> allowed = ConcurrentHashMap.newKeySet();

        Side(int port) {
            this.port = port;
        }

        void received(DatagramPacket packet, boolean isRtp) {
            long now = System.nanoTime();
            InetSocketAddress from = packet.sender();
            if (!allowed.isEmpty() && !allowed.contains(from.getAddress())) {
                return;
            }
            if (isRtp) {
                ByteBuf b = packet.content();
                if (b.readableBytes() < 12 || (b.getByte(b.readerIndex()) & 0xC0) != 0x80) {
                    return;
                }
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

    /** An address side A's peer may also send from: where its signalling came from (it may be behind NAT). */
    public void allowA(InetAddress address) {
        a.allowed.add(address);
    }

    public void allowB(InetAddress address) {
        b.allowed.add(address);
    }

    private static void aim(Side side, InetSocketAddress rtp) {
        side.allowed.add(rtp.getAddress());
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
