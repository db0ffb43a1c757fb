package dev.fieldcrm.worker.aws;

import dev.fieldcrm.core.notify.EmailMessage;
import dev.fieldcrm.core.notify.EmailSender;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.MessageHeader;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends email with SES v2 {@code SendEmail}, simple content (subject, HTML and text, UTF-8) plus the message's own
 * headers ({@code List-Unsubscribe}, {@code List-Unsubscribe-Post}). The configuration set (which publishes bounces
 * and complaints to SNS) and the from-address come from configuration; the tenant and message id travel as message
 * tags ({@link SesTags}) so a bounce can be traced back. Errors are classified by {@link AwsFailures}.
 */
public final class SesEmailSender implements EmailSender {
    private final SesV2Client ses;
    private final String fromAddress;
    private final Optional<String> configurationSet;

    public SesEmailSender(SesV2Client ses, String fromAddress, Optional<String> configurationSet) {
        this.ses = ses;
        this.fromAddress = fromAddress;
        this.configurationSet = configurationSet;
    }

    @Override
    public String send(EmailMessage message) {
        try {
            return ses.sendEmail(request(message)).messageId();
        } catch (SdkException e) {
            throw AwsFailures.classify("SES SendEmail", e);
        }
    }

    SendEmailRequest request(EmailMessage message) {
        List<MessageHeader> headers = new ArrayList<>();
        List<MessageTag> tags = new ArrayList<>();
        for (Map.Entry<String, String> header : message.headers().entrySet()) {
            if (header.getKey().equalsIgnoreCase(SesTags.TENANT_HEADER)) {
                tags.add(MessageTag.builder().name(SesTags.TENANT_TAG).value(SesTags.encode(header.getValue())).build());
            } else if (header.getKey().equalsIgnoreCase(SesTags.MESSAGE_HEADER)) {
                tags.add(MessageTag.builder().name(SesTags.DELIVERY_TAG).value(SesTags.encode(header.getValue())).build());
            } else {
                headers.add(MessageHeader.builder().name(header.getKey()).value(header.getValue()).build());
            }
        }
        SendEmailRequest.Builder request = SendEmailRequest.builder()
                .fromEmailAddress(fromAddress)
                .destination(d -> d.toAddresses(message.to()))
                .content(c -> c.simple(s -> {
                    s.subject(utf8(message.subject()));
                    s.body(b -> {
                        if (message.html() != null) {
                            b.html(utf8(message.html()));
                        }
                        if (message.text() != null) {
                            b.text(utf8(message.text()));
                        }
                    });
                    if (!headers.isEmpty()) {
                        s.headers(headers);
                    }
                }));
        if (!tags.isEmpty()) {
            request.emailTags(tags);
        }
        configurationSet.ifPresent(request::configurationSetName);
        return request.build();
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset("UTF-8").build();
    }
}
