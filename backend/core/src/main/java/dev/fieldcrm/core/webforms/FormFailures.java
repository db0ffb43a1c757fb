package dev.fieldcrm.core.webforms;

import dev.fieldcrm.core.leads.InboundChannel;
import dev.fieldcrm.core.leads.InboundFailures;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.store.ChangeSet;

import java.math.BigDecimal;
import java.util.Map;

/** A form's failed requests: {@code ADD failed 1} on the form's tally, beside received and spam. */
public final class FormFailures implements InboundFailures {
    @Override
    public void count(InboundRequest failed, ChangeSet changes) {
        if (failed.channel() == InboundChannel.WEB_FORM && failed.sourceId() != null) {
            changes.count(new WebFormTally(failed.sourceId()), Map.of(FormCounter.FAILED.attribute, BigDecimal.ONE));
        }
    }
}
