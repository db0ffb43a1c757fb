package dev.fieldcrm.core.devices;

/** The push service a device is reached through (an SNS platform application per platform in AWS). */
public enum Platform {
    /** Firebase Cloud Messaging (SNS platform "GCM"). */
    ANDROID,
    /** Apple Push Notification service (SNS platform "APNS"). */
    IOS
}
