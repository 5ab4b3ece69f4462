import { expect, fixture, oneEvent } from '@open-wc/testing';
import type * as z from 'zod/mini';
import '../../src/components/booking-cta/booking-cta.js';
import '../../src/components/identities/identities.js';
import '../../src/components/replacement-cost/replacement-cost.js';
import '../../src/components/vendor-quiz/vendor-quiz.js';
import { validate } from '../../src/core/config.js';
import type { OpsErrorDetail } from '../../src/core/events.js';
import type { OpsElement } from '../../src/core/ops-element.js';

/*
 * With nothing from the host, an element uses its default configuration without parsing
 * it (start-up time): these tests are what hold the defaults to the schema instead, so a
 * broken default fails here rather than on a reader's page.
 */

/** Elements whose defaults alone are a complete configuration, and what the others need from the host. */
const complete = ['ops-identities', 'ops-vendor-quiz', 'ops-replacement-cost'] as const;
const needs: Record<string, object> = { 'ops-booking-cta': { href: 'https://example.com/book' } };
const tags = [...complete, ...Object.keys(needs)];

type Inside = OpsElement<unknown> & { configSchema: z.ZodMiniType; defaultConfig(layers: unknown[]): unknown };

const alertOf = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');

describe('default configuration', () => {
  for (const tag of complete) {
    it(`${tag}: the default configuration passes the schema, which returns it unchanged`, () => {
      const el = document.createElement(tag) as unknown as Inside;
      const defaults = el.defaultConfig([]);
      const result = validate(el.configSchema, defaults);
      expect(result.ok ? [] : result.problems).to.deep.equal([]);
      // Skipping the parse must give what the parse would have given.
      expect(result.ok && result.value).to.deep.equal(defaults);
    });
  }

  for (const [tag, needed] of Object.entries(needs)) {
    it(`${tag}: with nothing from the host, the defaults are still checked and the alert names what is missing`, async () => {
      const box = await fixture<HTMLDivElement>('<div></div>');
      const el = document.createElement(tag) as unknown as Inside;
      box.append(el);
      await el.updateComplete;
      for (const key of Object.keys(needed)) expect(alertOf(el)!.textContent).to.contain(key);
    });
  }

  for (const tag of tags) {
    it(`${tag}: empty host layers render the defaults without an alert`, async () => {
      const el = document.createElement(tag) as unknown as Inside;
      el.config = { ...needs[tag], copy: {} };
      const box = await fixture<HTMLDivElement>('<div></div>');
      box.append(el);
      await el.updateComplete;
      expect(alertOf(el)?.textContent ?? '').to.equal('');
      expect(el.shadowRoot!.textContent!.trim()).to.not.equal('');
    });

    it(`${tag}: a bad value from the host still shows the alert and fires ops-error`, async () => {
      const box = await fixture<HTMLDivElement>('<div></div>');
      const el = document.createElement(tag) as unknown as Inside;
      el.config = { ...needs[tag], headingLevel: 9 };
      const error = oneEvent(el, 'ops-error');
      box.append(el);
      const { detail } = (await error) as CustomEvent<OpsErrorDetail>;
      await el.updateComplete;
      expect(detail.problems.map((problem) => problem.path)).to.deep.equal(['headingLevel']);
      expect(alertOf(el)!.textContent).to.contain('headingLevel');
    });

    it(`${tag}: a bad attribute value still shows the alert`, async () => {
      const box = await fixture<HTMLDivElement>('<div></div>');
      const el = document.createElement(tag) as unknown as Inside;
      el.config = needs[tag];
      el.setAttribute('heading-level', '9');
      box.append(el);
      await el.updateComplete;
      expect(alertOf(el)!.textContent).to.contain('headingLevel');
    });
  }
});
