package org.mastervoice.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sine-tone WAV files to send and the Goertzel measure of what came back: audio checked as audio. */
final class Tones {

    private Tones() {
    }

    /** Writes a mono 16-bit PCM WAV of a sine tone. */
    static Path write(Path file, int frequencyHz, int sampleRate, double seconds) {
        int samples = (int) (sampleRate * seconds);
        ByteBuffer data = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        data.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes())
                .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(sampleRate)
                .putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            data.putShort((short) (Math.sin(2 * Math.PI * frequencyHz * i / sampleRate) * 12000));
        }
        try {
            return Files.write(file, data.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mono 16-bit PCM samples and their rate, from a WAV (first channel if stereo). */
    record Pcm(short[] samples, int sampleRate) {

        double rms() {
            double sum = 0;
            for (short s : samples) {
                sum += (double) s * s;
            }
            return samples.length == 0 ? 0 : Math.sqrt(sum / samples.length);
        }

        /** Goertzel power at {@code hz}, normalised by the number of samples. */
        double power(double hz) {
            double coefficient = 2 * Math.cos(2 * Math.PI * hz / sampleRate);
            double s1 = 0;
            double s2 = 0;
            for (short x : samples) {
                double s0 = x + coefficient * s1 - s2;
                s2 = s1;
                s1 = s0;
            }
            return (s1 * s1 + s2 * s2 - coefficient * s1 * s2) / samples.length;
        }
    }

    static Pcm read(Path wav) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
            b.position(12);
            int channels = 1;
            int rate = 8000;
            int bits = 16;
            while (b.remaining() >= 8) {
                String id = new String(new byte[] {b.get(), b.get(), b.get(), b.get()});
                int size = b.getInt();
                if (id.equals("fmt ")) {
                    int start = b.position();
                    b.getShort();
                    channels = b.getShort();
                    rate = b.getInt();
                    b.getInt();
                    b.getShort();
                    bits = b.getShort();
                    b.position(start + size);
                } else if (id.equals("data")) {
                    if (bits != 16) {
                        throw new IllegalArgumentException(wav + " is not 16-bit PCM");
                    }
                    int frames = Math.min(size, b.remaining()) / (2 * channels);
                    short[] samples = new short[frames];
                    for (int i = 0; i < frames; i++) {
                        samples[i] = b.getShort();
                        for (int c = 1; c < channels; c++) {
                            b.getShort();
                        }
                    }
                    return new Pcm(samples, rate);
                } else {
                    b.position(Math.min(b.limit(), b.position() + size + (size & 1)));
                }
            }
            throw new IllegalArgumentException(wav + " has no data chunk");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
