/**
 * The mobile app's plain-Java core: everything the field rep app does that is not drawing pixels.
 * <ul>
 *   <li>{@code api} — {@link dev.fieldcrm.mobile.core.api.ApiClient}: java.net.http, bearer token, Idempotency-Key,
 *       If-Match; problem+json answers become typed {@link dev.fieldcrm.mobile.core.api.ApiException}s.</li>
 *   <li>{@code store} — {@link dev.fieldcrm.mobile.core.store.LocalStore}: the rep's records as JSON files under a
 *       directory the app gives (Gluon Attach storage on the phone); every write is temp file + atomic rename.</li>
 *   <li>{@code outbox} — {@link dev.fieldcrm.mobile.core.outbox.Outbox}: every change the rep makes is a command
 *       with a client-generated ULID (its Idempotency-Key), kept on disk, sent in order with backoff.</li>
 *   <li>{@code sync} — {@link dev.fieldcrm.mobile.core.sync.SyncEngine}: push the outbox, then pull
 *       {@code /api/v1/sync} pages applying by version; rejected commands land in the
 *       {@link dev.fieldcrm.mobile.core.sync.ConflictList} ("needs attention").</li>
 *   <li>{@code route} — {@link dev.fieldcrm.mobile.core.route.RoutePlanner}: nearest neighbour + 2-opt.</li>
 *   <li>{@code picks} — {@link dev.fieldcrm.mobile.core.picks.QuickPicks}: "tomorrow 10:00", "in a week".</li>
 *   <li>{@code views} — read models for screens: today's agenda, client search, nearby clients.</li>
 * </ul>
 * No JavaFX here: the UI module binds these to its presenters.
 */
package dev.fieldcrm.mobile.core;
