package dev.fieldcrm.core.catalog;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.proposals.ProposalLineInput;
import dev.fieldcrm.core.proposals.ProposalLineSource;
import dev.fieldcrm.core.shared.Caller;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Completes proposal lines that name a sku but leave out name, unit, price or VAT rate, from the catalog: the
 * price from the client's applicable price list today in the proposal's currency (see {@link PriceListChoice}),
 * name, unit and VAT rate from the active product, and — when the price came from the list and no discount was
 * typed — the discount of the client's conditions package, as an order would be priced. Typed values always win;
 * a sku the catalog does not know, or a client without an applicable list, leaves the line as typed (the proposal
 * then refuses what is still missing). Lines that need nothing cost no read.
 *
 * <p>Calls when some line needs completing: Query price list headers · [GetItem conditions package] · BatchGetItem
 * products + price lines.
 */
public final class CatalogProposalLines implements ProposalLineSource {
    private final CatalogService catalog;
    private final Clock clock;

    public CatalogProposalLines(CatalogService catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public List<ProposalLineInput> complete(Caller caller, Client client, String currency, List<ProposalLineInput> lines) {
        Set<String> skus = new LinkedHashSet<>();
        for (ProposalLineInput line : lines) {
            String sku = CatalogCodes.normaliseOrNull(line.sku());
            if (sku != null && incomplete(line)) {
                skus.add(sku);
            }
        }
        if (skus.isEmpty()) {
            return lines;
        }
        LocalDate today = LocalDate.now(clock.withZone(caller.zone()));
        Optional<PriceListChoice> choice = catalog.choose(caller.tenantId(), client, today, currency);
        if (choice.isEmpty()) {
            return lines;
        }
        BigDecimal packageDiscount = catalog.conditionsOf(caller.tenantId(), client)
                .map(ConditionsPackage::discountPercent).orElse(null);
        CatalogQueries.PricingData data = catalog.pricingData(caller.tenantId(), choice.get().priceList().id(), List.copyOf(skus));
        List<ProposalLineInput> completed = new ArrayList<>(lines.size());
        for (ProposalLineInput line : lines) {
            String sku = CatalogCodes.normaliseOrNull(line.sku());
            Product product = sku == null ? null : data.products().get(sku);
            if (!incomplete(line) || product == null || !product.active()) {
                completed.add(line);
                continue;
            }
            PriceListLine listed = data.lines().get(sku);
            boolean pricedFromList = line.price() == null && listed != null;
            completed.add(new ProposalLineInput(line.sku(),
                    line.name() != null ? line.name() : product.name(),
                    line.unit() != null ? line.unit() : product.unit(),
                    line.quantity(),
                    pricedFromList ? listed.price() : line.price(),
                    line.discountPercent() == null && pricedFromList ? packageDiscount : line.discountPercent(),
                    line.vatRate() != null ? line.vatRate() : product.vatRate()));
        }
        return completed;
    }

    private static boolean incomplete(ProposalLineInput line) {
        return line.name() == null || line.unit() == null || line.price() == null || line.vatRate() == null;
    }
}
