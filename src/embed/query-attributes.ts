/**
 * The hosted pages take their configuration from the query string: each parameter that
 * names one of the element's attributes is set as that attribute, and the element
 * validates it like any other (a bad value shows the element's error state). Parameters
 * that are not attributes, such as `utm_*`, are left to the page.
 */
export function queryAttributes(search: string, attributes: readonly string[]): [string, string][] {
  const allowed = new Set(attributes);
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const [name, value] of new URLSearchParams(search)) {
    // The first occurrence counts, as with URLSearchParams.get().
    if (!allowed.has(name) || seen.has(name)) continue;
    seen.add(name);
    out.push([name, value]);
  }
  return out;
}
