package de.kulant.platform;

/** Sends a staff member the link to set a password; correspondence does it with the mail gateway. */
public interface StaffLinkMail {

    /** True when the e-mail was handed to the mail gateway, false when it could not be sent. */
    boolean send(StaffLink link);
}
