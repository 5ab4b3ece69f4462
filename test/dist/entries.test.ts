import { expect } from '@open-wc/testing';

const ENTRIES: Array<[file: string, tag: string, className: string]> = [
  ['booking-cta', 'ops-booking-cta', 'OpsBookingCta'],
  ['identities', 'ops-identities', 'OpsIdentities'],
  ['replacement-cost', 'ops-replacement-cost', 'OpsReplacementCost'],
  ['vendor-quiz', 'ops-vendor-quiz', 'OpsVendorQuiz'],
];

describe('per-element entries in dist/', () => {
  for (const [file, tag, className] of ENTRIES) {
    it(`dist/${file}.js defines <${tag}> and no other element`, async () => {
      const before = new Set(ENTRIES.map(([, other]) => other).filter((other) => customElements.get(other)));
      const entry: string = `/dist/${file}.js`;
      const module = await import(entry);
      expect(customElements.get(tag)).to.equal(module[className]);
      for (const [, other] of ENTRIES) {
        if (other !== tag && !before.has(other)) expect(customElements.get(other), other).to.equal(undefined);
      }
    });
  }
});
