package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.leads.InboundLog;
import dev.fieldcrm.core.users.UserStore;
import dev.fieldcrm.core.webforms.FillTimeTokens;
import dev.fieldcrm.core.webforms.FormSubmissions;
import dev.fieldcrm.core.webforms.RateLimits;
import dev.fieldcrm.core.webforms.WebFormService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Web forms wired on one table: the admins' use cases and the public endpoint's. */
public record WebFormServices(DynamoDbClient dynamo, String table, Clock clock) {

    public WebFormService admin(UserStore users) {
        return new WebFormService(new DynamoWebFormStore(dynamo, table), new DynamoSettingsQueries(dynamo, table), users,
                new DynamoChangeWriter(dynamo, table), clock);
    }

    public FormSubmissions submissions(FillTimeTokens tokens, RateLimits limits) {
        return new FormSubmissions(new DynamoWebFormStore(dynamo, table), new DynamoFormTraffic(dynamo, table),
                new InboundLog(new DynamoChangeWriter(dynamo, table)), tokens, limits, clock);
    }
}
