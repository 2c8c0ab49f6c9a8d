package org.inductionrecords.retention;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.function.IntSupplier;

/** A Lambda context whose remaining time the test decides (Lambda's own clock cannot be emulated). */
final class BudgetContext implements Context {

    private final IntSupplier remainingMillis;

    BudgetContext(IntSupplier remainingMillis) {
        this.remainingMillis = remainingMillis;
    }

    /** Plenty of time for {@code reductions} more checks, then less than the reserve. */
    static BudgetContext allowing(int checks) {
        int[] asked = {0};
        return new BudgetContext(() -> asked[0]++ < checks ? 600_000 : 59_000);
    }

    @Override
    public int getRemainingTimeInMillis() {
        return remainingMillis.getAsInt();
    }

    @Override
    public String getAwsRequestId() {
        return "test-request";
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/RetentionSweepFunction";
    }

    @Override
    public String getLogStreamName() {
        return "test";
    }

    @Override
    public String getFunctionName() {
        return "RetentionSweepFunction";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:eu-west-2:000000000000:function:RetentionSweepFunction";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return null;
    }
}
