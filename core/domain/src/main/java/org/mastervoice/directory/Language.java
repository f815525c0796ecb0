package org.mastervoice.directory;

/** The language of a user's web app, e-mails and prompts. */
public enum Language {
    IT, EN
}
