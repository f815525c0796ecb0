package org.mastervoice.media.sdp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audio part of a session description: where media goes (connection address and port), which payload
 * types are offered with their rtpmap/fmtp, and the direction. Parsing is lenient about order and unknown
 * lines (phones send many); {@link #render} writes a minimal, valid description for the node's side.
 */
public record AudioSdp(String address, int port, List<Integer> payloadTypes, Map<Integer, String> rtpmaps,
                       Map<Integer, String> fmtps, String direction, Integer ptime, String proto, List<String> mediaLines,
                       int audioIndex) {

    /** Static payload types every phone knows without an rtpmap (RFC 3551). */
    static final Map<Integer, String> STATIC = Map.of(0, "PCMU/8000", 8, "PCMA/8000");

    public AudioSdp {
        payloadTypes = List.copyOf(payloadTypes);
        rtpmaps = Map.copyOf(rtpmaps);
        fmtps = Map.copyOf(fmtps);
        mediaLines = List.copyOf(mediaLines);
    }

    /** @throws IllegalArgumentException when there is no usable audio stream */
    public static AudioSdp parse(String sdp) {
        String sessionAddress = null;
        String mediaAddress = null;
        int port = -1;
        List<Integer> pts = new ArrayList<>();
        Map<Integer, String> rtpmaps = new LinkedHashMap<>();
        Map<Integer, String> fmtps = new LinkedHashMap<>();
        String direction = "sendrecv";
        String sessionDirection = null;
        Integer ptime = null;
        String proto = "RTP/AVP";
        List<String> mediaLines = new ArrayList<>();
        int audioIndex = -1;
        boolean inAudio = false;
        boolean seenMedia = false;
        for (String raw : sdp.split("\r?\n")) {
            String line = raw.strip();
            if (line.length() < 2 || line.charAt(1) != '=') {
                continue;
            }
            String value = line.substring(2);
            switch (line.charAt(0)) {
                case 'c' -> {
                    String[] c = value.split(" ");
                    if (c.length >= 3) {
                        String address = c[2].split("/")[0];
                        if (!seenMedia) {
                            sessionAddress = address;
                        } else if (inAudio) {
                            mediaAddress = address;
                        }
                    }
                }
                case 'm' -> {
                    seenMedia = true;
                    mediaLines.add(value);
                    String[] m = value.split(" ");
                    inAudio = m.length >= 4 && m[0].equals("audio") && port < 0;
                    if (inAudio) {
                        audioIndex = mediaLines.size() - 1;
                        proto = m[2];
                        port = Integer.parseInt(m[1].split("/")[0]);
                        for (int i = 3; i < m.length; i++) {
                            if (m[i].matches("[0-9]{1,3}")) {
                                pts.add(Integer.parseInt(m[i]));
                            }
                        }
                    }
                }
                case 'a' -> {
                    if (!seenMedia && value.matches("sendrecv|sendonly|recvonly|inactive")) {
                        sessionDirection = value;
                    }
                    if (!inAudio) {
                        continue;
                    }
                    if (value.startsWith("rtpmap:")) {
                        String[] r = value.substring(7).split(" ", 2);
                        if (r.length == 2 && r[0].matches("[0-9]{1,3}")) {
                            rtpmaps.put(Integer.parseInt(r[0]), r[1].strip());
                        }
                    } else if (value.startsWith("fmtp:")) {
                        String[] f = value.substring(5).split(" ", 2);
                        if (f.length == 2 && f[0].matches("[0-9]{1,3}")) {
                            fmtps.put(Integer.parseInt(f[0]), f[1].strip());
                        }
                    } else if (value.matches("sendrecv|sendonly|recvonly|inactive")) {
                        direction = value;
                    } else if (value.startsWith("ptime:") && value.substring(6).strip().matches("[0-9]{1,3}")) {
                        ptime = Integer.parseInt(value.substring(6).strip());
                    }
                }
                default -> {
                    // v, o, s, t, b and the rest do not change where audio goes
                }
            }
        }
        String address = mediaAddress != null ? mediaAddress : sessionAddress;
        if (port < 0 || address == null) {
            throw new IllegalArgumentException("no audio stream with a connection address");
        }
        if (sessionDirection != null && direction.equals("sendrecv")) {
            // a session-level direction applies to every stream without its own (RFC 4566 section 6)
            direction = sessionDirection;
        }
        return new AudioSdp(address, port, pts, rtpmaps, fmtps, direction, ptime, proto, mediaLines, audioIndex);
    }

    /** The encoding of a payload type ("PCMU/8000"), from its rtpmap or the static table, upper case. */
    public String encoding(int pt) {
        String e = rtpmaps.getOrDefault(pt, STATIC.get(pt));
        return e == null ? "" : e.toUpperCase(Locale.ROOT);
    }

    /** Old phones put a hold as c=0.0.0.0 (RFC 2543) rather than a direction attribute. */
    public boolean onHold() {
        return "0.0.0.0".equals(address) || direction.equals("sendonly") || direction.equals("inactive");
    }

    /**
     * Keeps only what the node relays: PCMU, PCMA and telephone-event, in the peer's order of preference.
     * @return a copy with those payload types, or one with none when nothing is shared (answer 488)
     */
    public AudioSdp supportedOnly() {
        List<Integer> kept = new ArrayList<>();
        for (int pt : payloadTypes) {
            String e = encoding(pt);
            if (e.startsWith("PCMU/8000") || e.startsWith("PCMA/8000") || e.startsWith("TELEPHONE-EVENT/8000")) {
                kept.add(pt);
            }
        }
        // the node relays plain RTP only: an SRTP-only offer (RTP/SAVP...) shares nothing with it
        return new AudioSdp(address, port, proto.equals("RTP/AVP") ? kept : List.of(), rtpmaps, fmtps, direction, ptime, proto,
                mediaLines, audioIndex);
    }

    public boolean hasAudioCodec() {
        return payloadTypes.stream().anyMatch(pt -> !encoding(pt).startsWith("TELEPHONE-EVENT/"));
    }

    /** The same media, announced at the node's address and port. */
    public AudioSdp at(String nodeAddress, int nodePort) {
        return new AudioSdp(nodeAddress, nodePort, payloadTypes, rtpmaps, fmtps, onHoldByAddress() ? "sendonly" : direction, ptime,
                proto, mediaLines, audioIndex);
    }

    private boolean onHoldByAddress() {
        return "0.0.0.0".equals(address) && direction.equals("sendrecv");
    }

    /** A new offer (one audio stream). */
    public String render(long sessionId, long version) {
        return render(sessionId, version, null);
    }

    /**
     * An answer to {@code offer}: one m= line per offered stream, in the offer's order (RFC 3264 section 6);
     * the streams the node does not relay (video, a second audio...) are declined with port 0.
     */
    public String renderAnswerTo(AudioSdp offer, long sessionId, long version) {
        return render(sessionId, version, offer);
    }

    private String render(long sessionId, long version, AudioSdp offer) {
        StringBuilder s = new StringBuilder();
        s.append("v=0\r\n")
                .append("o=MasterVoice ").append(sessionId).append(' ').append(version).append(" IN IP4 ").append(address).append("\r\n")
                .append("s=MasterVoice\r\n")
                .append("c=IN IP4 ").append(address).append("\r\n")
                .append("t=0 0\r\n");
        int audioAt = offer == null ? 0 : offer.audioIndex();
        if (offer != null) {
            for (int i = 0; i < audioAt; i++) {
                s.append(declined(offer.mediaLines().get(i)));
            }
        }
        s.append("m=audio ").append(port).append(" RTP/AVP");
        payloadTypes.forEach(pt -> s.append(' ').append(pt));
        s.append("\r\n");
        for (int pt : payloadTypes) {
            String map = rtpmaps.getOrDefault(pt, STATIC.get(pt));
            if (map != null) {
                s.append("a=rtpmap:").append(pt).append(' ').append(map).append("\r\n");
            }
            if (fmtps.containsKey(pt)) {
                s.append("a=fmtp:").append(pt).append(' ').append(fmtps.get(pt)).append("\r\n");
            }
        }
        if (ptime != null) {
            s.append("a=ptime:").append(ptime).append("\r\n");
        }
        s.append("a=").append(direction).append("\r\n");
        if (offer != null) {
            for (int i = audioAt + 1; i < offer.mediaLines().size(); i++) {
                s.append(declined(offer.mediaLines().get(i)));
            }
        }
        return s.toString();
    }

    /** The answer's line for an offered stream the node declines: same media, proto and formats, port 0. */
    private static String declined(String offeredMediaLine) {
        String[] m = offeredMediaLine.split(" ");
        StringBuilder line = new StringBuilder("m=").append(m[0]).append(" 0");
        for (int i = 2; i < m.length; i++) {
            line.append(' ').append(m[i]);
        }
        return line.append("\r\n").toString();
    }
}
