import { sendKeys } from '@web/test-runner-commands';
import type { OpsVendorQuiz } from '../../../src/components/vendor-quiz/vendor-quiz.component.js';
import { defaultCopy, defaultQuiz } from '../../../src/components/vendor-quiz/quiz.content.js';
import type { OpsEventMap } from '../../../src/core/events.js';
import '../../../src/events/quiz.js';

/* Queries and actions shared by the quiz's browser tests. */

export const $ = <T extends Element = HTMLElement>(el: OpsVendorQuiz, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: OpsVendorQuiz, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const focused = (el: OpsVendorQuiz) => el.shadowRoot!.activeElement as HTMLElement | null;
export const shownText = (el: OpsVendorQuiz) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** Text as a screen reader names it: without anything marked aria-hidden. */
export const accessibleText = (node: Node): string => textWithout(node, '[aria-hidden="true"]');
/** Text as it shows on screen: without visually hidden text for screen readers. */
export const visibleText = (node: Node): string => textWithout(node, '.visually-hidden');
function textWithout(node: Node, selector: string): string {
  const text = (part: Node): string =>
    part instanceof Element && part.matches(selector)
      ? ''
      : part.nodeType === Node.TEXT_NODE
        ? part.textContent!
        : [...part.childNodes].map(text).join('');
  return text(node).replace(/\s+/g, ' ').trim();
}
/** The button whose accessible name is `label`. */
export const buttonNamed = (el: OpsVendorQuiz, label: string) =>
  $$<HTMLButtonElement>(el, 'button').find((button) => accessibleText(button) === label) ?? null;
/** The question on show: the step layout keeps the others in the DOM, hidden. */
export const shown = (el: OpsVendorQuiz) => $$(el, 'fieldset:not([hidden])');
export const radio = (el: OpsVendorQuiz, label: string) =>
  $$<HTMLLabelElement>(el, 'fieldset:not([hidden]) .choice')
    .find((choice) => choice.textContent!.trim() === label)!
    .querySelector('input')!;
export const press = (key: string) => sendKeys({ press: key });

export const choiceLabel = (choiceId: string) =>
  defaultQuiz.questions[0]!.choices.find((choice) => choice.id === choiceId)!.label;

/** Records every event of the given names that reaches the document. */
export function recordEvents<K extends keyof OpsEventMap>(...names: K[]) {
  const seen: { type: K; detail: OpsEventMap[K] }[] = [];
  const listener = (event: Event) => seen.push({ type: event.type as K, detail: (event as CustomEvent).detail });
  for (const name of names) document.addEventListener(name, listener);
  return {
    seen,
    stop: () => names.forEach((name) => document.removeEventListener(name, listener)),
  };
}

/** Records unhandled promise rejections until stopped. */
export function recordRejections() {
  const seen: unknown[] = [];
  const listener = (event: PromiseRejectionEvent) => {
    seen.push(event.reason);
    event.preventDefault();
  };
  window.addEventListener('unhandledrejection', listener);
  return { seen, stop: () => window.removeEventListener('unhandledrejection', listener) };
}

/** Starts the default quiz and answers the questions by mouse, as most readers would. */
export async function answerByClicks(el: OpsVendorQuiz, answers: Record<string, string>, vendor = ''): Promise<void> {
  await el.updateComplete;
  const vendorField = $<HTMLInputElement>(el, '#vendor')!;
  vendorField.value = vendor;
  vendorField.dispatchEvent(new InputEvent('input'));
  buttonNamed(el, defaultCopy.start)!.click();
  await el.updateComplete;
  for (const question of defaultQuiz.questions) {
    if (answers[question.id]) radio(el, choiceLabel(answers[question.id]!)).click();
    $<HTMLButtonElement>(el, '[part~="button"]')!.click();
    await el.updateComplete;
  }
}

/** Replaces navigator.clipboard (undefined: as on a plain-http page); returns the undo. */
export function setClipboard(writeText: ((text: string) => Promise<void>) | undefined): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: writeText && { writeText }, configurable: true });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

/** Replaces document.execCommand; returns the undo. */
export function setExecCommand(execCommand: (command: string) => boolean): () => void {
  const own = document.execCommand;
  document.execCommand = execCommand;
  return () => {
    document.execCommand = own;
  };
}
