import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import '../../demo/snippet-builder.js';
import type { SnippetBuilder } from '../../demo/snippet-builder.js';

const $ = <T extends Element = HTMLElement>(el: SnippetBuilder, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const snippet = (el: SnippetBuilder) => $(el, '#snippet').textContent!;
const live = (el: SnippetBuilder) =>
  $(el, '#preview').firstElementChild as HTMLElement & { config?: unknown; updateComplete: Promise<boolean> };

async function builder(): Promise<SnippetBuilder> {
  const el = await fixture<SnippetBuilder>(html`<snippet-builder></snippet-builder>`);
  await waitUntil(
    () => el.shadowRoot!.querySelectorAll('input[name="tag"]').length === 4,
    'the element list loads from custom-elements.json',
  );
  return el;
}

function pickElement(el: SnippetBuilder, tag: string) {
  const radio = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="tag"]')].find((input) =>
    input.parentElement!.textContent!.includes(`<${tag}>`),
  )!;
  radio.click();
  return el.updateComplete;
}

async function typeJson(el: SnippetBuilder, text: string) {
  const field = $<HTMLTextAreaElement>(el, '#json');
  field.value = text;
  field.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

describe('snippet builder (demo)', () => {
  it('builds a snippet from the chosen element, its attributes and a JSON child, and shows it live', async () => {
    const el = await builder();
    await pickElement(el, 'ops-vendor-quiz');
    const layout = $<HTMLSelectElement>(el, '#attr-layout');
    layout.value = 'list';
    layout.dispatchEvent(new Event('change'));
    $<HTMLInputElement>(el, '#attr-no-save').click();
    await typeJson(el, '{ "title": "Questions for </script> Acme" }');
    expect(snippet(el)).to.equal(
      '<script type="module" src="https://your-site.example/ops-partner-widgets.js"></script>\n\n' +
        '<ops-vendor-quiz layout="list" no-save>\n  <script type="application/json">\n    {"title":"Questions for <\\/script> Acme"}\n  </script>\n</ops-vendor-quiz>\n',
    );
    const quiz = live(el);
    expect(quiz.localName).to.equal('ops-vendor-quiz');
    expect(quiz.getAttribute('layout')).to.equal('list');
    expect(quiz.config).to.deep.equal({ title: 'Questions for </script> Acme' });
  });

  it('explains what the live element reports about a bad value, and clears it once fixed', async () => {
    const el = await builder();
    await pickElement(el, 'ops-replacement-cost');
    await typeJson(el, '{ "inputs": { "pipelines": "six" } }');
    await waitUntil(
      () => el.shadowRoot!.querySelector('.problems')?.textContent?.includes('inputs.pipelines'),
      'the problem is listed',
    );
    expect($(el, '.problems').getAttribute('role')).to.equal('status');
    await typeJson(el, '{ "inputs": { "pipelines": 6 } }');
    await live(el).updateComplete;
    expect(el.shadowRoot!.querySelector('.problems')).to.equal(null);
  });

  it('says when the JSON does not parse', async () => {
    const el = await builder();
    await typeJson(el, '{ "href": ');
    expect($(el, '#json').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#json-error').textContent).to.contain('Not valid JSON');
  });

  it('is usable with the keyboard and passes axe', async () => {
    const el = await builder();
    $<HTMLInputElement>(el, 'input[name="tag"]:checked').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(snippet(el)).to.contain('<ops-identities');
    await expect(el).shadowDom.to.be.accessible();
  });
});
