package dev.fieldcrm.iac;

import dev.fieldcrm.core.dynamo.TableDesign;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;

import java.util.ArrayList;
import java.util.List;

/**
 * Least-privilege table access: the DynamoDB actions the code calls (docs/data-model.md lists them per operation),
 * on the table and its named indexes only. No {@code dynamodb:*}, no {@code *} resource, no Scan; tenancy is
 * enforced in code (every key starts with the caller's tenant), so no {@code dynamodb:LeadingKeys} condition.
 */
public final class TableAccess {
    /** Reads and writes the repositories make; TransactWriteItems is authorised by its parts' actions. */
    static final List<String> READ_WRITE = List.of(
            "dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query",
            "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem",
            "dynamodb:BatchWriteItem");

    private TableAccess() {
    }

    public static void grantReadWrite(IGrantable grantee, Table table) {
        grantee.getGrantPrincipal().addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(READ_WRITE)
                .resources(tableAndIndexArns(table))
                .build());
    }

    static List<String> tableAndIndexArns(Table table) {
        List<String> arns = new ArrayList<>();
        arns.add(table.getTableArn());
        for (String index : TableDesign.indexes()) {
            arns.add(table.getTableArn() + "/index/" + index);
        }
        return arns;
    }
}
