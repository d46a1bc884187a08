import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/** No inline script anywhere: scripts come from the app's own files only. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

/**
 * Security headers on every answer: the CSP above, no MIME sniffing, no referrer sent
 * elsewhere, no framing. No HSTS: the server speaks plain HTTP; a TLS proxy in front adds it.
 */
export function security(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Charts and tooltips set style attributes; styles cannot run code, scripts stay strict.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
    },
    xContentTypeOptions: "nosniff",
    referrerPolicy: "no-referrer",
    xFrameOptions: "DENY",
    strictTransportSecurity: false,
  });
}
