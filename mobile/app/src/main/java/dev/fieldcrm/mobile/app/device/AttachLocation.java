package dev.fieldcrm.mobile.app.device;

import com.gluonhq.attach.position.Parameters;
import com.gluonhq.attach.position.PositionService;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.value.ChangeListener;

/**
 * The phone's GPS through Gluon Attach. Started for one fix and stopped again, so location is read only when the rep
 * acts (no background tracking). Call it off the JavaFX thread: it waits up to {@link #FIX_WAIT_SECONDS} for a fix.
 * On the desktop Attach has no position service and {@link #available()} is empty.
 */
public final class AttachLocation implements LocationSource {
    private static final long FIX_WAIT_SECONDS = 15;
    /** Attach 4.0 reports no per-fix accuracy; HIGHEST asks for GPS, whose open-sky accuracy is about this. */
    private static final double GPS_ACCURACY_METERS = 10;

    private final PositionService service;

    private AttachLocation(PositionService service) {
        this.service = service;
    }

    public static Optional<LocationSource> available() {
        return PositionService.create().map(AttachLocation::new);
    }

    @Override
    public Optional<Position> current() {
        AtomicReference<com.gluonhq.attach.position.Position> fix = new AtomicReference<>();
        CountDownLatch arrived = new CountDownLatch(1);
        ChangeListener<com.gluonhq.attach.position.Position> listener = (obs, old, now) -> {
            if (now != null) {
                fix.set(now);
                arrived.countDown();
            }
        };
        service.positionProperty().addListener(listener);
        service.start(new Parameters(Parameters.Accuracy.HIGHEST, false));
        try {
            arrived.await(FIX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            service.stop();
            service.positionProperty().removeListener(listener);
        }
        com.gluonhq.attach.position.Position got = fix.get();
        return got == null ? Optional.empty()
                : Optional.of(new Position(got.getLatitude(), got.getLongitude(), GPS_ACCURACY_METERS));
    }
}
