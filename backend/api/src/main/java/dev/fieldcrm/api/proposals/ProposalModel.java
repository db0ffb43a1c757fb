package dev.fieldcrm.api.proposals;

import dev.fieldcrm.core.proposals.ProposalContent;
import dev.fieldcrm.core.proposals.ProposalLine;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a proposal template sees: plain maps, lists and ready-formatted strings. A tenant's template can read data
 * and nothing else (no method calls on Java objects), and it need not know how to format money in ru or en.
 *
 * <p>Names available to a template: {@code lang, labels.*, seller, title, number, date, validUntil, currency, notes,
 * client.{name, legalForm, displayName (the name with its legal form, once), taxId, registrationNumber, bankAccount, bankName, addresses[]}, contact.{name, position}
 * (absent when none), lines[].{no, sku, name, unit, quantity, price, discountPercent, hasDiscount, vatRate, net, vat,
 * total}, totals.{net, vat, total}}. Absent values are null, so {@code {#if …}} tests them.
 */
final class ProposalModel {
    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "ru", labels("Коммерческое предложение", "от", "Кому", "Вниманию", "ИНН", "ОГРН", "Р/с",
                    "Наименование", "Ед.", "Кол-во", "Цена", "Скидка", "Сумма без НДС", "НДС", "Всего", "Итого к оплате",
                    "Предложение действительно до", "Стр."),
            "en", labels("Commercial proposal", "of", "To", "Attention", "Tax ID", "Reg. No.", "Account",
                    "Item", "Unit", "Qty", "Price", "Discount", "Net", "VAT", "Total", "Total due",
                    "This offer is valid until", "Page"));

    private ProposalModel() {
    }

    static Map<String, Object> of(ProposalContent content) {
        String lang = LABELS.containsKey(content.language()) ? content.language() : "ru";
        Locale locale = Locale.forLanguageTag(lang);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("ru".equals(lang) ? "dd.MM.yyyy" : "d MMM yyyy", locale);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", lang);
        model.put("labels", LABELS.get(lang));
        model.put("seller", content.seller());
        model.put("title", content.title());
        model.put("number", content.number());
        model.put("date", format(content.date(), dates));
        model.put("validUntil", format(content.validUntil(), dates));
        model.put("currency", content.currency());
        model.put("notes", content.notes());

        ProposalContent.Party party = content.client();
        Map<String, Object> client = new HashMap<>();
        client.put("name", party.name());
        client.put("legalForm", party.legalForm());
        client.put("displayName", displayName(party.name(), party.legalForm()));
        client.put("taxId", party.taxId());
        client.put("registrationNumber", party.registrationNumber());
        client.put("bankAccount", party.bankAccount());
        client.put("bankName", party.bankName());
        client.put("addresses", party.addresses());
        model.put("client", client);

        Map<String, Object> contact = null;
        if (content.contact() != null) {
            contact = new HashMap<>();
            contact.put("name", content.contact().name());
            contact.put("position", content.contact().position());
        }
        model.put("contact", contact);

        List<Map<String, Object>> lines = new ArrayList<>();
        int no = 1;
        for (ProposalLine line : content.lines()) {
            Map<String, Object> row = new HashMap<>();
            row.put("no", no++);
            row.put("sku", line.sku());
            row.put("name", line.name());
            row.put("unit", line.unit());
            row.put("quantity", plain(line.quantity(), locale));
            row.put("price", money(line.price(), locale, 2));
            row.put("discountPercent", plain(line.discountPercent(), locale));
            row.put("hasDiscount", line.discountPercent().signum() > 0);
            row.put("vatRate", plain(line.vatRate(), locale));
            row.put("net", money(line.net(), locale, 2));
            row.put("vat", money(line.vat(), locale, 2));
            row.put("total", money(line.total(), locale, 2));
            lines.add(row);
        }
        model.put("lines", lines);
        model.put("totals", Map.of(
                "net", money(content.totals().net(), locale, 2),
                "vat", money(content.totals().vat(), locale, 2),
                "total", money(content.totals().total(), locale, 2)));
        return model;
    }

    private static String format(LocalDate date, DateTimeFormatter formatter) {
        return date == null ? null : date.format(formatter);
    }

    /** Grouped thousands, at least {@code minFractions} decimals (prices may carry up to 4). */
    private static String money(BigDecimal amount, Locale locale, int minFractions) {
        DecimalFormat format = new DecimalFormat("#,##0.00##", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(minFractions);
        format.setParseBigDecimal(true);
        return format.format(amount);
    }

    private static String plain(BigDecimal number, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(locale));
        return format.format(number);
    }

    private static Map<String, String> labels(String proposal, String of, String to, String attention, String taxId,
                                              String registration, String bankAccount, String item, String unit,
                                              String quantity, String price, String discount, String net, String vat,
                                              String total, String grandTotal, String validUntil, String page) {
        Map<String, String> labels = new HashMap<>();
        labels.put("proposal", proposal);
        labels.put("of", of);
        labels.put("to", to);
        labels.put("attention", attention);
        labels.put("taxId", taxId);
        labels.put("registration", registration);
        labels.put("bankAccount", bankAccount);
        labels.put("item", item);
        labels.put("unit", unit);
        labels.put("quantity", quantity);
        labels.put("price", price);
        labels.put("discount", discount);
        labels.put("net", net);
        labels.put("vat", vat);
        labels.put("total", total);
        labels.put("grandTotal", grandTotal);
        labels.put("validUntil", validUntil);
        labels.put("page", page);
        return Map.copyOf(labels);
    }

    /** "ООО «Ёлка»" from legal form "ООО" and name "«Ёлка»"; a name that already starts with its legal form is kept. */
    static String displayName(String name, String legalForm) {
        if (legalForm == null || legalForm.isBlank()
                || name.toLowerCase(java.util.Locale.ROOT).startsWith(legalForm.strip().toLowerCase(java.util.Locale.ROOT) + " ")) {
            return name;
        }
        return legalForm.strip() + " " + name;
    }
}
