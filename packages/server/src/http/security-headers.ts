import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The Content-Security-Policy of every response. The built web app has no inline script or
 * style (Vite emits `<script type="module" src>` and `<link rel="stylesheet">` only; React's
 * `style` props go through the CSSOM, which CSP does not govern), so neither `'unsafe-inline'`
 * nor `'unsafe-eval'` is needed. One policy for the app and the API alike: a JSON or SVG answer
 * opened as a page gets no more rights than the app itself.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  mediaSrc: ["'self'", 'blob:'],
  workerSrc: ["'self'", 'blob:'],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Two years, as the HSTS preload list asks; sent only when the instance is served over https. */
const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * Browser security headers on every response, errors and static files included: strict CSP,
 * no framing (clickjacking on the settings page), no MIME sniffing, no full URL in the Referer
 * sent to other sites, and HSTS when `PUBLIC_URL` is https (never on plain http: a browser would
 * then refuse a local instance).
 */
export function securityHeaders(publicUrl: string): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'strict-origin-when-cross-origin',
    strictTransportSecurity: publicUrl.startsWith('https:') ? HSTS : false,
    crossOriginOpenerPolicy: 'same-origin',
    // Mastodon apps on other origins show our avatars and media with <img>: a same-origin CORP
    // would block them.
    crossOriginResourcePolicy: false,
    permissionsPolicy: {
      camera: [],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
    },
  });
}
