package dev.fieldcrm.iac;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.constructs.Construct;

import java.util.List;

/**
 * Files the functions write (proposals, import uploads, exports) under {@code <tenant>/…} keys: private, encrypted,
 * TLS only, versioned so an overwrite or delete can be undone for 30 days; older files move to Infrequent Access.
 */
public final class FileBucket extends Construct {
    private final Bucket bucket;

    public FileBucket(Construct scope, String id, StageSettings stage) {
        super(scope, id);
        bucket = Bucket.Builder.create(this, "Bucket")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .versioned(true)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("tidy")
                        .abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .noncurrentVersionExpiration(Duration.days(30))
                        .transitions(List.of(Transition.builder()
                                .storageClass(StorageClass.INFREQUENT_ACCESS)
                                .transitionAfter(Duration.days(90))
                                .build()))
                        .build()))
                .removalPolicy(stage.production() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .autoDeleteObjects(!stage.production())
                .build();
    }

    public Bucket bucket() {
        return bucket;
    }
}
