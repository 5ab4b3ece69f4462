import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/replacement-cost/replacement-cost.js';
import '../../src/components/vendor-quiz/vendor-quiz.js';
import type { OpsElement } from '../../src/core/ops-element.js';
import { progressKey, serializeProgress } from '../../src/components/vendor-quiz/quiz-progress.js';
import { defaultQuiz } from '../../src/components/vendor-quiz/quiz.content.js';
import { mixedAnswers } from '../components/vendor-quiz/quiz-fixtures.js';
import { overflowing, pageFonts, wordsSplitAcrossLines } from '../layout-helpers.js';

// Booking and identities have their own layout tests beside them; these cover the quiz
// (start, a question, the result) and the calculator, in both themes, in one page each.
const themes = ['light', 'dark'] as const;

/** The quiz states and the calculator, in both themes, side by side in a box `width` px wide. */
async function render(width: number, style: string): Promise<{ box: HTMLElement; elements: OpsElement<unknown>[] }> {
  localStorage.clear();
  for (const theme of themes) {
    const progress = (step: number) => serializeProgress(defaultQuiz, { vendor: 'Acme AI', answers: mixedAnswers, step, at: 1 });
    localStorage.setItem(progressKey(defaultQuiz, `question-${theme}`), progress(2));
    localStorage.setItem(progressKey(defaultQuiz, `result-${theme}`), progress(defaultQuiz.questions.length));
  }
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px; ${style}">
    ${themes.map(
      (theme) => html`<ops-vendor-quiz id="start-${theme}" theme=${theme}></ops-vendor-quiz>
        <ops-vendor-quiz id="question-${theme}" theme=${theme}></ops-vendor-quiz>
        <ops-vendor-quiz id="result-${theme}" theme=${theme}></ops-vendor-quiz>
        <ops-replacement-cost theme=${theme}></ops-replacement-cost>`,
    )}
  </div>`);
  const elements = [...box.children] as OpsElement<unknown>[];
  await Promise.all(elements.map((element) => element.updateComplete));
  return { box, elements };
}

const roots = (elements: readonly Element[], selector: string) =>
  elements.flatMap((element) => [...element.shadowRoot!.querySelectorAll(selector)]);

/** Text shown smaller than 12 px, with its size. */
function smallText(elements: readonly Element[]): string[] {
  const small: string[] = [];
  for (const element of elements) {
    const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent!.trim() || !parent.getClientRects().length || parent.closest('.visually-hidden')) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 12) small.push(`${node.textContent!.trim().slice(0, 30)} (${size}px)`);
    }
  }
  return small;
}

describe('layout of the quiz and the calculator', () => {
  afterEach(() => localStorage.clear());

  for (const width of [320, 375, 768, 1280]) {
    for (const font of pageFonts) {
      it(`at ${width} px with ${font.name}, light and dark: no overflow, no word split in headings, buttons or table headers, no text under 12 px`, async () => {
        const { box, elements } = await render(width, font.style);
        const [start, question, result, calculator] = elements;
        // The fixture shows what it should: a start page, a question, a result, the calculator.
        expect(start!.shadowRoot!.querySelector('#vendor')).to.exist;
        expect(question!.shadowRoot!.querySelector('fieldset:not([hidden]) legend')!.id).to.equal('q2');
        expect(result!.shadowRoot!.querySelector('#result')).to.exist;
        expect(calculator!.shadowRoot!.querySelector('table')).to.exist;

        expect(box.scrollWidth, 'the page scrolls sideways').to.be.at.most(width);
        expect(
          overflowing(roots(elements, '.card, fieldset, .choice, .actions, table, figure, .button, .field'), box),
        ).to.deep.equal([]);
        expect(
          wordsSplitAcrossLines(roots(elements, '[role="heading"], legend, #heading, .title, button, .button, th, summary')),
        ).to.deep.equal([]);
        expect(smallText(elements)).to.deep.equal([]);
      });
    }
  }

  it('stacks the calculator table into labelled lines when narrow, and keeps columns when wide', async () => {
    const headerShown = async (width: number) => {
      const { elements } = await render(width, '');
      return elements[3]!.shadowRoot!.querySelector('thead')!.getClientRects().length > 0;
    };
    expect(await headerShown(320)).to.equal(false);
    expect(await headerShown(1280)).to.equal(true);
  });

  // One element per test: axe on all eight at once can outlast the test timeout in a loaded browser.
  const states = ['quiz start', 'quiz question', 'quiz result', 'calculator'];
  for (const width of [320, 1280]) {
    for (const [index, theme] of ['light', 'light', 'light', 'light', 'dark', 'dark', 'dark', 'dark'].entries()) {
      it(`passes axe at ${width} px on the ${states[index % 4]}, ${theme}`, async () => {
        const { elements } = await render(width, '');
        await expect(elements[index]).shadowDom.to.be.accessible();
      });
    }
  }
});
