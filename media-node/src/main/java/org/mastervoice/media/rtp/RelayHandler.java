package org.mastervoice.media.rtp;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;

/** Forwards each datagram received on one side's RTP or RTCP socket out of the other side's matching socket. */
final class RelayHandler extends SimpleChannelInboundHandler<DatagramPacket> {

    private final MediaRelay.Side side;
    private final boolean rtp;

    RelayHandler(MediaRelay.Side side, boolean rtp) {
        this.side = side;
        this.rtp = rtp;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        side.received(packet, rtp);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // ICMP port unreachable and the like: the peer is gone or not yet there; keep the socket
    }
}
