package dev.fieldcrm.core.proposals;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.List;

/** A proposal's totals: plain sums of its rounded lines (see {@link ProposalLine}), never recomputed from rates. */
public record ProposalTotals(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vat,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total) {

    public static ProposalTotals of(List<ProposalLine> lines) {
        BigDecimal net = BigDecimal.ZERO.setScale(ProposalLine.SCALE);
        BigDecimal vat = net;
        BigDecimal total = net;
        for (ProposalLine line : lines) {
            net = net.add(line.net());
            vat = vat.add(line.vat());
            total = total.add(line.total());
        }
        return new ProposalTotals(net, vat, total);
    }
}
