import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, css, html as litHtml } from 'lit';
import { controlStyles } from '../../src/core/controls.js';
import { baseStyles } from '../../src/core/tokens.js';

class TokenProbe extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    css`
      :host {
        width: 320px;
      }
    `,
  ];
  protected override render() {
    return litHtml`<div class="card">
      <button class="button">Go</button>
      <input class="field" aria-label="Name" />
      <label class="choice"><input class="check" type="radio" name="r" />One</label>
      <label class="choice"><input class="check" type="checkbox" disabled />Two</label>
      <input class="range" type="range" aria-label="Amount" />
    </div>`;
  }
}
customElements.define('ops-token-probe', TokenProbe);

/** sRGB relative luminance and contrast ratio, as WCAG 2 defines them. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

const TEXT_PAIRS = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['fg', 'accent-soft'],
  ['fg', 'danger-bg'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent', 'accent-soft'],
  ['accent-fg', 'accent'],
  ['danger', 'bg'],
  ['danger', 'danger-bg'],
  ['good', 'bg'],
  ['good', 'surface'],
  ['warn', 'bg'],
  ['warn', 'surface'],
] as const;
const UI_PAIRS = [
  ['border', 'bg'],
  ['border', 'surface'],
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['accent', 'accent-soft'],
] as const;

describe('design tokens', () => {
  for (const theme of ['light', 'dark']) {
    it(`every colour pair passes WCAG AA in the ${theme} theme (text 4.5:1, UI 3:1)`, async () => {
      const el = await fixture(html`<ops-token-probe theme=${theme}></ops-token-probe>`);
      const token = (name: string) => getComputedStyle(el).getPropertyValue(`--_${name}`).trim();
      const failures: string[] = [];
      for (const [pairs, minimum] of [
        [TEXT_PAIRS, 4.5],
        [UI_PAIRS, 3],
      ] as const) {
        for (const [fg, bg] of pairs) {
          expect(token(fg), fg).to.match(/^#[0-9a-f]{6}$/);
          const ratio = contrast(token(fg), token(bg));
          if (ratio < minimum) failures.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
        }
      }
      expect(failures).to.deep.equal([]);
    });
  }

  it('lets a host override a token by its public name', async () => {
    const el = await fixture(html`<ops-token-probe style="--ops-accent: #123456"></ops-token-probe>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.button')!).backgroundColor).to.equal('rgb(18, 52, 86)');
  });

  it('gives every control a touch target of at least 44 × 44 px at a phone width', async () => {
    const el = await fixture(html`<ops-token-probe></ops-token-probe>`);
    for (const control of el.shadowRoot!.querySelectorAll('.button, .field, .choice, .range')) {
      const box = control.getBoundingClientRect();
      expect(box.height, control.className).to.be.at.least(44);
      expect(box.width, control.className).to.be.at.least(44);
    }
  });

  it('draws checked choices in the accent colour and dims disabled ones', async () => {
    const el = await fixture(html`<ops-token-probe></ops-token-probe>`);
    const [radio, disabled] = el.shadowRoot!.querySelectorAll<HTMLInputElement>('.check');
    const accent = getComputedStyle(el.shadowRoot!.querySelector('.button')!).backgroundColor;
    expect(getComputedStyle(radio!).backgroundColor).to.not.equal(accent);
    radio!.click();
    await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
    expect(getComputedStyle(radio!).backgroundColor).to.equal(accent);
    expect(getComputedStyle(radio!.closest('.choice')!).borderColor).to.equal(accent);
    expect(Number(getComputedStyle(disabled!).opacity)).to.be.lessThan(1);
    expect(Number(getComputedStyle(disabled!.closest('.choice')!).opacity)).to.be.lessThan(1);
  });

  it('shows a focus ring on keyboard focus, around the whole choice for a radio', async () => {
    const el = await fixture(html`<ops-token-probe></ops-token-probe>`);
    el.shadowRoot!.querySelector<HTMLElement>('.button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('.check')!;
    expect(el.shadowRoot!.activeElement).to.equal(radio);
    const ring = getComputedStyle(radio.closest('.choice')!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
  });

  it('hands checkboxes, radios and sliders back to the system in forced-colours mode', async () => {
    // Headless Chromium ignores emulated forced colours, so the rules that apply there are read instead.
    const el = await fixture(html`<ops-token-probe></ops-token-probe>`);
    const forced = [...controlStyles.styleSheet!.cssRules].find(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
    )!;
    const appearanceThere = (control: Element) =>
      [...forced.cssRules].find(
        (rule): rule is CSSStyleRule =>
          rule instanceof CSSStyleRule && control.matches(rule.selectorText) && !!rule.style.appearance,
      );
    for (const control of el.shadowRoot!.querySelectorAll('.check, .range')) {
      expect(getComputedStyle(control).appearance, 'styled normally').to.equal('none');
      expect(appearanceThere(control)?.style.appearance, `${control.className} in forced colours`).to.equal('auto');
    }
  });
});
