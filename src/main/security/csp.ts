/**
 * The renderer's Content-Security-Policy: only the app's own origin, no eval, no remote
 * anything. Mantine writes inline style attributes, hence 'unsafe-inline' for styles only.
 * blob:/data: are needed for PDF preview pages and attachment thumbnails made in memory.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
].join('; ');
