package dev.fieldcrm.core.proposals;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.shared.Caller;

import java.util.List;

/**
 * Where the lines of a proposal get what the rep did not type: the seam to the price lists. A line may name only an
 * {@code sku} and a quantity; a source that knows the client's price list (by its conditions package and the
 * proposal's currency) fills in name, unit, price and VAT rate. Whatever is still missing afterwards is refused
 * (422 on {@code lines[i].…}).
 */
@FunctionalInterface
public interface ProposalLineSource {

    /** The lines exactly as typed: the source until price lists are wired in. */
    ProposalLineSource AS_TYPED = (caller, client, currency, lines) -> lines;

    /**
     * @return the lines in the same order, each completed where the price list knows its sku (typed values win)
     */
    List<ProposalLineInput> complete(Caller caller, Client client, String currency, List<ProposalLineInput> lines);
}
