package dev.fieldcrm.core.files;

/** A file as stored: where it is, what it is and how big. */
public record StoredFile(FilePath path, String contentType, long size) {
}
