package dev.fieldcrm.core.imports;

/** Where a job is: waiting for a runner, being processed chunk by chunk, finished, or given up. */
public enum JobStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
