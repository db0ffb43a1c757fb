package dev.fieldcrm.core.proposals;

import dev.fieldcrm.core.files.FileStore;

/**
 * The proposal use cases still missing their edge: the renderer (a template engine and a PDF library) and the
 * file store are chosen by the deployment, so the composition root hands out this instead of a finished service.
 */
@FunctionalInterface
public interface ProposalAssembly {
    ProposalService with(ProposalRenderer renderer, FileStore files);
}
