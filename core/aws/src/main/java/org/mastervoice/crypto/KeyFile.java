package org.mastervoice.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** A secret key kept in a file readable only by its owner (base64 text), created on first use in one-machine mode. */
public final class KeyFile {

    private KeyFile() {
    }

    public static byte[] read(Path file) {
        try {
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < 32) {
                throw new IllegalStateException("key file " + file + " holds " + key.length + " bytes; at least 32 are needed");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("key file " + file + " is not base64 text", e);
        }
    }

    /** Reads the key, or creates a random 256-bit one first (mode 0600, never overwritten). */
    public static byte[] readOrCreate(Path file) {
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try {
                // written whole under a temporary name, then moved into place: never seen empty or half-written
                Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".key", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.createLink(file, temp);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it a moment ago: use theirs
                } finally {
                    Files.delete(temp);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create key file " + file, e);
            }
        }
        return read(file);
    }
}
