package nl.spreekkamer.catalogue.application;

/** A downloaded catalogue item: the bytes, their media type and a file name. */
public record ItemFile(byte[] content, String mediaType, String fileName) {}
