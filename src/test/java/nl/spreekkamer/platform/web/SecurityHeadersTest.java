package nl.spreekkamer.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
  @Test
  void facesPagesGetTheSamePolicyAsEverythingElseWithTheirNonceInScriptSrc() throws Exception {
    String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
    Matcher policy =
        Pattern.compile(
                "<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]+)</param-value>")
            .matcher(webXml);
    assertThat(policy.find()).isTrue();
    assertThat(policy.group(1).replace("&apos;", "'")).isEqualTo(SecurityHeadersFilter.POLICY);
    assertThat(SecurityHeadersFilter.POLICY)
        .as("PrimeFaces appends the nonce at the end")
        .endsWith("script-src 'self'")
        .doesNotContain("unsafe-eval");
    assertThat(webXml).contains("<param-name>primefaces.CSP</param-name>\n    <param-value>true");
  }
}
