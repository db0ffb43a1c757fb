package dev.fieldcrm.worker.schedule;

import dev.fieldcrm.core.events.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Two test jobs that remember when they ran; either can be told to fail. */
@ApplicationScoped
public class RecordingJobs {

    @Produces @Singleton @Named("alpha") Recording alpha() {
        return new Recording("test-alpha");
    }

    @Produces @Singleton @Named("beta") Recording beta() {
        return new Recording("test-beta");
    }

    /** A job that records each run and throws while told to. */
    public static final class Recording implements ScheduledJob {
        private final String name;
        private final List<Instant> runs = new CopyOnWriteArrayList<>();
        private volatile boolean failing;

        Recording(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void run(Instant now) {
            runs.add(now);
            if (failing) {
                throw new IllegalStateException(name + " fails as told");
            }
        }

        public List<Instant> runs() {
            return List.copyOf(runs);
        }

        public void failing(boolean failing) {
            this.failing = failing;
        }
    }
}
