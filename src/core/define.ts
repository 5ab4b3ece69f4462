import { VERSION } from './version.js';

interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

let warnedAboutVersions = false;

/**
 * Registers a custom element once. Pages often include the script twice, or two
 * widgets bundle their own copy: the same version is a quiet no-op, another version
 * keeps the first registration and logs one warning naming both versions.
 */
export function define(tag: string, element: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  const existingVersion = existing.version ?? 'an unknown version';
  const ownVersion = element.version ?? VERSION;
  if (existingVersion !== ownVersion && !warnedAboutVersions) {
    warnedAboutVersions = true;
    console.warn(
      `ops-partner-widgets: <${tag}> is already defined by version ${existingVersion}; ` +
        `version ${ownVersion} was loaded too and is not used. Load one copy of the library per page.`,
    );
  }
}
