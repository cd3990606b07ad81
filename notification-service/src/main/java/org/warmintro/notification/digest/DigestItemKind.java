package org.warmintro.notification.digest;

/** What a digest tells the connector about one intro. */
public enum DigestItemKind {
    /** The system suggests an intro the connector may make. */
    SUGGESTED,
    /** The target did not answer the opt-in request in time. */
    EXPIRED
}
