package nl.spreekkamer.monitoring.application;

/** The report as a file: bytes, media type, file name. */
public record ReportFile(byte[] content, String mediaType, String fileName) {}
