package org.warmintro.testing;

/** An SMTP server that {@link MailServerResource} starts for the tests of a module and removes after them. */
interface ManagedMailServer extends MailServer {

    void launch();

    /** The host the service reaches the server at. */
    String host();

    void remove();
}
