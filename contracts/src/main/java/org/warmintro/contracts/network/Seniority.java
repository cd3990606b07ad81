package org.warmintro.contracts.network;

/** How senior a person or an open role is, from first job to the top of a company. */
public enum Seniority {
    ENTRY, JUNIOR, MID, SENIOR, LEAD, MANAGER, DIRECTOR, EXECUTIVE
}
