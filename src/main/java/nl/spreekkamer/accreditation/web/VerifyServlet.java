package nl.spreekkamer.accreditation.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /verify/{code}}: the public check of a certificate, printed as a QR code on it. Shows the
 * Faces page {@code /verificatie.xhtml} for the code; a form there checks a typed code.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {
  static final String CODE_ATTRIBUTE = "spreekkamer.verify.code";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    String code = path == null || path.length() < 2 ? "" : path.substring(1);
    if (code.length() > 40 || code.contains("/")) {
      code = "?";
    }
    request.setAttribute(CODE_ATTRIBUTE, code);
    request.getRequestDispatcher("/verificatie.xhtml").forward(request, response);
  }
}
