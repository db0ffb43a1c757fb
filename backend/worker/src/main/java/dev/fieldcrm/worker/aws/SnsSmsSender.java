package dev.fieldcrm.worker.aws;

import dev.fieldcrm.core.notify.SmsMessage;
import dev.fieldcrm.core.notify.SmsSender;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends SMS with SNS {@code Publish} to a phone number, as {@code Transactional} (routed for reliability, not cost;
 * reminders are time-critical), with the sender id from configuration where the destination country supports one.
 */
public final class SnsSmsSender implements SmsSender {
    static final String SMS_TYPE = "AWS.SNS.SMS.SMSType";
    static final String SENDER_ID = "AWS.SNS.SMS.SenderID";

    private final SnsClient sns;
    private final Optional<String> senderId;

    public SnsSmsSender(SnsClient sns, Optional<String> senderId) {
        this.sns = sns;
        this.senderId = senderId;
    }

    @Override
    public String send(SmsMessage message) {
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        attributes.put(SMS_TYPE, text("Transactional"));
        senderId.ifPresent(id -> attributes.put(SENDER_ID, text(id)));
        try {
            return sns.publish(p -> p.phoneNumber(message.to()).message(message.text()).messageAttributes(attributes)).messageId();
        } catch (SdkException e) {
            throw AwsFailures.classify("SNS Publish (SMS)", e);
        }
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
