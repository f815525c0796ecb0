package org.mastervoice.directory;

/** Tells the SIP nodes what changed in the directory (node command queues in production). */
public interface DirectoryEvents {

    void changed(DirectoryChange change);

    /** For wiring where no node listens (tests of the API alone). */
    DirectoryEvents NONE = change -> { };
}
