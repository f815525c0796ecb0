package org.mastervoice.media.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AudioSdpTest {

    private static final String AUDIO_AND_VIDEO = "v=0\r\no=- 1 1 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/AVP 8 0 18 101\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\n"
            + "a=ptime:20\r\nm=video 4002 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n";

    @Test
    void keepsPcmaPcmuAndTelephoneEventInThePeersOrder() {
        AudioSdp offer = AudioSdp.parse(AUDIO_AND_VIDEO).supportedOnly();
        assertThat(offer.address()).isEqualTo("192.0.2.10");
        assertThat(offer.port()).isEqualTo(4000);
        assertThat(offer.payloadTypes()).containsExactly(8, 0, 101);
        assertThat(offer.hasAudioCodec()).isTrue();
    }

    @Test
    void answerMirrorsEveryOfferedStreamAndDeclinesTheOnesNotRelayed() {
        AudioSdp offer = AudioSdp.parse(AUDIO_AND_VIDEO).supportedOnly();
        String answer = offer.at("198.51.100.1", 20000).renderAnswerTo(offer, 1, 1);
        assertThat(answer).contains("c=IN IP4 198.51.100.1", "m=audio 20000 RTP/AVP 8 0 101", "m=video 0 RTP/AVP 96");
        assertThat(answer.indexOf("m=audio")).isLessThan(answer.indexOf("m=video"));
        assertThat(offer.at("198.51.100.1", 20000).render(1, 1)).doesNotContain("m=video");
    }

    @Test
    void onlyG729OrOnlySrtpSharesNothing() {
        String g729 = "v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 4000 RTP/AVP 18\r\n";
        assertThat(AudioSdp.parse(g729).supportedOnly().hasAudioCodec()).isFalse();
        String srtp = "v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 4000 RTP/SAVP 0\r\n";
        assertThat(AudioSdp.parse(srtp).supportedOnly().hasAudioCodec()).isFalse();
    }

    @Test
    void holdIsSeenInEveryForm() {
        assertThat(AudioSdp.parse("v=0\r\nc=IN IP4 0.0.0.0\r\nm=audio 4000 RTP/AVP 0\r\n").onHold()).isTrue();
        assertThat(AudioSdp.parse("v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 4000 RTP/AVP 0\r\na=sendonly\r\n").onHold()).isTrue();
        assertThat(AudioSdp.parse("v=0\r\nc=IN IP4 192.0.2.1\r\na=inactive\r\nm=audio 4000 RTP/AVP 0\r\n").onHold())
                .as("session-level direction").isTrue();
        assertThat(AudioSdp.parse("v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 4000 RTP/AVP 0\r\n").onHold()).isFalse();
    }

    @Test
    void refusesADescriptionWithoutAudio() {
        assertThatThrownBy(() -> AudioSdp.parse("v=0\r\nc=IN IP4 192.0.2.1\r\nm=video 4000 RTP/AVP 96\r\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
