package org.warmintro.testing;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/** GreenMail's SMTP server inside the test JVM; its mailboxes are read directly. */
final class GreenMailServer implements ManagedMailServer {

    private static final String HOST = "127.0.0.1";

    private GreenMail greenMail;
    private int port;

    @Override
    public void launch() {
        port = FreePort.find();
        greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @Override
    public String host() {
        return HOST;
    }

    @Override
    public int smtpPort() {
        return port;
    }

    @Override
    public List<MimeMessage> receivedMessages() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    @Override
    public List<MimeMessage> deliveredTo(String address) {
        return greenMail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
                .toList();
    }

    @Override
    public boolean isRunning() {
        return greenMail.isRunning();
    }

    @Override
    public void stop() {
        greenMail.stop();
    }

    @Override
    public void start() {
        greenMail.start();
    }

    @Override
    public void remove() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
