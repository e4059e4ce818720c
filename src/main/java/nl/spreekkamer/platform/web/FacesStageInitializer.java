package nl.spreekkamer.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sets the Faces project stage from {@code spreekkamer.faces.stage} before Faces starts: Production
 * unless a developer asks for Development. Declared first in web.xml so it runs before Faces
 * initialises.
 */
public class FacesStageInitializer implements ServletContextListener {
  @Override
  public void contextInitialized(ServletContextEvent event) {
    String stage =
        ConfigProvider.getConfig()
            .getOptionalValue("spreekkamer.faces.stage", String.class)
            .orElse("Production");
    event.getServletContext().setInitParameter("jakarta.faces.PROJECT_STAGE", stage);
  }
}
