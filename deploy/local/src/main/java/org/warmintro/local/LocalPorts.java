package org.warmintro.local;

/** The fixed ports of the local run, as the README lists them. */
public final class LocalPorts {

    public static final int CONTACTS = 8081;
    public static final int REFERRAL = 8082;
    public static final int NOTIFICATION = 8083;
    public static final int KAFKA = 9092;
    public static final int KAFKA_CONTROLLER = 9093;
    public static final int POSTGRES = 5432;
    public static final int MONGODB = 27017;
    public static final int SMTP = 3025;
    public static final int MAIL_API = 8025;

    private LocalPorts() {
    }
}
