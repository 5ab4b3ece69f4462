/** What the hosted embed pages are, as the tests load them from the built dist/. */
export const PAGES = [
  { slug: 'identities', tag: 'ops-identities', text: 'Operations Partner' },
  { slug: 'vendor-quiz', tag: 'ops-vendor-quiz', text: 'Seven questions' },
  { slug: 'replacement-cost', tag: 'ops-replacement-cost', text: 'replace' },
  { slug: 'booking-cta', tag: 'ops-booking-cta', text: 'discovery call' },
] as const;

export const pageUrl = (slug: string, tail = '') => `/dist/embed/${slug}.html${tail}`;

export function nextEvent<T extends Event>(
  target: EventTarget,
  type: string,
  accept: (event: T) => boolean = () => true,
): Promise<T> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      if (!accept(event as T)) return;
      target.removeEventListener(type, listener);
      resolve(event as T);
    };
    target.addEventListener(type, listener);
  });
}

export async function loadFrame(src: string, attributes: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = nextEvent(frame, 'load');
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

const openFrames: HTMLIFrameElement[] = [];

/** loadFrame, remembered so that closeFrames() removes it after the test. */
export async function frame(src: string, attributes?: Record<string, string>): Promise<HTMLIFrameElement> {
  const loaded = await loadFrame(src, attributes);
  openFrames.push(loaded);
  return loaded;
}

export function closeFrames(): void {
  openFrames.splice(0).forEach((open) => open.remove());
}

type Hydrated = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };

/** The page's element once it has hydrated and applied its query-string attributes. */
export async function hydratedElement(frame: HTMLIFrameElement, tag: string): Promise<Hydrated> {
  const view = frame.contentWindow! as Window & typeof globalThis;
  await view.customElements.whenDefined(tag);
  const element = frame.contentDocument!.querySelector(tag) as Hydrated;
  while (!(await element.updateComplete));
  return element;
}
