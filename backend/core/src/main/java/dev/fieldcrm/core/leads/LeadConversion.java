package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.clients.Money;
import dev.fieldcrm.core.deals.Stage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How a lead becomes a client: the client (an organisation, or the person), a contact for the person (holding the
 * lead's email and phone), and optionally a deal.
 *
 * @param clientName  the client's name; absent: the lead's company, else the person's name
 * @param contactName the contact's name; absent: the lead's name
 * @param deal        a deal to open for the new client; absent: none
 */
public record LeadConversion(@Size(max = 200) String clientName,
                             @Size(max = 200) String contactName,
                             @Valid NewDeal deal) {

    /**
     * @param pipelineId the pipeline (absent: the clients' pipeline)
     * @param stageId    an open stage of it (absent: its first stage)
     * @param source     one of the tenant's deal sources (absent: none)
     */
    public record NewDeal(@NotBlank @Size(max = 300) String title,
                          @Pattern(regexp = Stage.SLUG, message = "must be a pipeline id") String pipelineId,
                          @Pattern(regexp = Stage.SLUG, message = "must be a stage id") String stageId,
                          @Valid Money amount,
                          @Size(max = 60) String source) {
    }
}
