package nl.spreekkamer.organisation.application;

import java.util.List;
import nl.spreekkamer.organisation.domain.MailTopic;

/**
 * What mail a person gets: the language ({@code nl} or {@code en}), the optional mails that concern
 * their roles, and those of them they turned off. In a change only {@code language} and {@code off}
 * count.
 */
public record MailSettings(String language, List<MailTopic> topics, List<String> off) {}
