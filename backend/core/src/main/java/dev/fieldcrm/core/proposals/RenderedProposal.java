package dev.fieldcrm.core.proposals;

/** A proposal laid out by a template: the HTML page and the PDF made from it (UTF-8 HTML, PDF bytes). */
public record RenderedProposal(byte[] html, byte[] pdf) {
}
