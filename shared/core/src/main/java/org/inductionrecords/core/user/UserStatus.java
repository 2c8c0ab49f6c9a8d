package org.inductionrecords.core.user;

/** INVITED until the first request after the user set their own password. */
public enum UserStatus {
    INVITED,
    ACTIVE,
    SUSPENDED
}
