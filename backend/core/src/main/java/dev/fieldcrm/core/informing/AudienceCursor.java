package dev.fieldcrm.core.informing;

/**
 * How far a mailing has read its audience, stored in the mailing so a crashed worker resumes where the last
 * committed batch ended.
 *
 * @param ownerId the owner whose client partition is being read (null when the audience is read by team)
 * @param page    the index Query's cursor within that partition (null: from its start)
 */
public record AudienceCursor(String ownerId, String page) {
    public static AudienceCursor start() {
        return new AudienceCursor(null, null);
    }
}
