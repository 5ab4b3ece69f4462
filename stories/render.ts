// Renders an element from story args: `config` as a property, attribute names as
// attributes, anything else as a property. Plain DOM, so the stories also run as tests.
export type StoryArgs = Record<string, unknown>;

export function renderElement(tag: string, args: StoryArgs, children: Node[] = []): HTMLElement {
  const element = document.createElement(tag) as HTMLElement & Record<string, unknown>;
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === false || value === '') continue;
    if (name === 'config' || /[A-Z]/.test(name)) element[name] = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children);
  return element;
}

/** A 320px column, the width of a narrow phone or a sidebar. */
export function narrow(content: HTMLElement): HTMLElement {
  const column = document.createElement('div');
  column.className = 'story-narrow';
  column.style.maxWidth = '320px';
  column.append(content);
  return column;
}

/** A dark page behind a dark-themed element. */
export function onDark(content: HTMLElement): HTMLElement {
  const page = document.createElement('div');
  page.style.background = '#111418';
  page.style.padding = '1rem';
  page.append(content);
  return page;
}
