package org.mastervoice.config;

/** The verbosity a process logs at; names match SLF4J/Logback levels. */
public enum LogLevel {
    ERROR, WARN, INFO, DEBUG, TRACE
}
