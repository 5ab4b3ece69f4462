const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Accepts only https URLs (http only for local development); relative ones resolve
 * against the page. Anything else, such as javascript:, data: or a plain http URL,
 * could run script or leak the reader's data.
 */
export function parseSecureUrl(value: string, base: string | undefined = globalThis.location?.href): URL | null {
  if (!value.trim()) return null;
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return url;
  return null;
}

/** Links within the host site may be relative; only http(s) targets are allowed. */
export function isSafeLink(value: string): boolean {
  try {
    const url = new URL(value.trim(), globalThis.location?.href ?? 'https://example.com/');
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
