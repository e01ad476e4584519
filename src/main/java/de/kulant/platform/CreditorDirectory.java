package de.kulant.platform;

/** Port for resolving admin paths {@code /api/v1/admin/creditors/{id}/...}; the creditors module implements it. */
public interface CreditorDirectory {

    boolean exists(CreditorId creditorId);
}
