package dev.fieldcrm.iac;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.CfnUserPoolGroup;
import software.amazon.awscdk.services.cognito.ClientAttributes;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.StandardAttribute;
import software.amazon.awscdk.services.cognito.StandardAttributes;
import software.amazon.awscdk.services.cognito.StandardAttributesMask;
import software.amazon.awscdk.services.cognito.StringAttribute;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolDomain;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * Who may call the API: a Cognito user pool whose ID tokens carry the claims the API reads
 * ({@code dev.fieldcrm.api.auth.CallerClaims}): {@code custom:tenant}, {@code custom:team}, {@code cognito:groups}
 * (one group per role) and {@code zoneinfo}. Users are created by an operator (no self sign-up), and no user can
 * change their own tenant or team: the app client may read those attributes but not write them.
 */
public final class UserDirectory extends Construct {
    /** The roles of {@code dev.fieldcrm.core} ({@code Role}), as Cognito groups. */
    public static final List<String> ROLE_GROUPS = List.of("rep", "manager", "admin");

    private final UserPool pool;
    private final UserPoolClient mobileClient;
    private final UserPoolDomain hostedUi;

    public UserDirectory(Construct scope, String id, StageSettings stage) {
        super(scope, id);
        pool = UserPool.Builder.create(this, "Users")
                .userPoolName(stage.resourceName("users"))
                .selfSignUpEnabled(false)
                .signInAliases(SignInAliases.builder().email(true).build())
                .standardAttributes(StandardAttributes.builder()
                        .email(StandardAttribute.builder().required(true).mutable(true).build())
                        .timezone(StandardAttribute.builder().required(false).mutable(true).build())
                        .build())
                .customAttributes(Map.of(
                        // The tenant is fixed when the user is created: a user never moves between tenants.
                        "tenant", StringAttribute.Builder.create().minLen(1).maxLen(64).mutable(false).build(),
                        "team", StringAttribute.Builder.create().minLen(1).maxLen(64).mutable(true).build()))
                .passwordPolicy(PasswordPolicy.builder().minLength(12).tempPasswordValidity(Duration.days(3)).build())
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                .removalPolicy(stage.production() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .deletionProtection(stage.production())
                .build();
        for (String role : ROLE_GROUPS) {
            CfnUserPoolGroup.Builder.create(this, "Group-" + role)
                    .userPoolId(pool.getUserPoolId())
                    .groupName(role)
                    .description("FieldCRM role " + role)
                    .build();
        }
        hostedUi = pool.addDomain("HostedUi", UserPoolDomainOptions.builder()
                .cognitoDomain(CognitoDomainOptions.builder().domainPrefix(stage.authDomainPrefix()).build())
                .build());
        mobileClient = pool.addClient("MobileApp", software.amazon.awscdk.services.cognito.UserPoolClientOptions.builder()
                .userPoolClientName(stage.resourceName("mobile"))
                // A public client (no secret, it could not be kept on a phone): authorization code with PKCE only.
                .generateSecret(false)
                .authFlows(AuthFlow.builder().userSrp(true).build())
                .oAuth(OAuthSettings.builder()
                        .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
                        .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE))
                        .callbackUrls(stage.appCallbackUrls())
                        .build())
                .readAttributes(new ClientAttributes()
                        .withStandardAttributes(StandardAttributesMask.builder().email(true).timezone(true).build())
                        .withCustomAttributes("tenant", "team"))
                .writeAttributes(new ClientAttributes()
                        .withStandardAttributes(StandardAttributesMask.builder().timezone(true).build()))
                .idTokenValidity(Duration.hours(1))
                .accessTokenValidity(Duration.hours(1))
                .refreshTokenValidity(Duration.days(30))
                .preventUserExistenceErrors(true)
                .enableTokenRevocation(true)
                .build());
    }

    public UserPool pool() {
        return pool;
    }

    /** The hosted UI's base URL: the mobile app's {@code FIELDCRM_AUTH_DOMAIN}. */
    public String hostedUiBaseUrl() {
        return hostedUi.baseUrl();
    }

    public UserPoolClient mobileClient() {
        return mobileClient;
    }
}
