import { expect } from '@open-wc/testing';
import {
  buildBookingUrl,
  contextSummary,
  detectScheduler,
  joinNotes,
  readScheduledMessage,
} from '../../../src/components/booking-cta/booking-url.js';
import { defaultInputs } from '../../../src/components/replacement-cost/replacement-cost.schema.js';
import type { CalculateDetail } from '../../../src/events/calculate.js';
import type { QuizCompleteDetail } from '../../../src/events/quiz.js';

const quiz: QuizCompleteDetail = {
  quizId: 'ai-vendor-seven',
  vendor: 'Acme AI',
  score: 9,
  max: 21,
  band: { id: 'evidence', label: 'Ask for evidence' },
  answers: {},
};
const calculation: CalculateDetail = {
  inputs: { ...defaultInputs },
  assumptions: {},
  options: [],
  recommendation: { id: 'cheapest', title: 'An Operations Partner costs least by Year 2', reason: '…' },
};

describe('booking URL', () => {
  it('detects Cal.com and Calendly by host, anything else as other', () => {
    expect(detectScheduler(new URL('https://cal.com/a/30min'))).to.equal('calcom');
    expect(detectScheduler(new URL('https://app.cal.com/a/30min'))).to.equal('calcom');
    expect(detectScheduler(new URL('https://calendly.com/a/30min'))).to.equal('calendly');
    expect(detectScheduler(new URL('https://evilcal.com/a'))).to.equal('other');
    expect(detectScheduler(new URL('https://calendly.com.evil.example/a'))).to.equal('other');
  });

  it('refuses anything that is not https (localhost http allowed for development; relative resolves against the page)', () => {
    expect(buildBookingUrl({ href: 'javascript:alert(1)' })).to.equal(null);
    expect(buildBookingUrl({ href: 'data:text/html,<script>alert(1)</script>' })).to.equal(null);
    expect(buildBookingUrl({ href: 'http://cal.com/a' })).to.equal(null);
    expect(buildBookingUrl({ href: '/book' })).to.equal(`${location.origin}/book`);
    expect(buildBookingUrl({ href: 'http://localhost:8000/book' })).to.equal('http://localhost:8000/book');
  });

  it('prefills Cal.com with name, email and notes', () => {
    const url = new URL(
      buildBookingUrl({
        href: 'https://cal.com/a/30min',
        prefill: { name: 'Ada L', email: 'ada@example.com', notes: 'Line 1\nLine 2' },
      })!,
    );
    expect(url.searchParams.get('name')).to.equal('Ada L');
    expect(url.searchParams.get('email')).to.equal('ada@example.com');
    expect(url.searchParams.get('notes')).to.equal('Line 1\nLine 2');
    expect(url.searchParams.has('embed')).to.equal(false);
  });

  it('prefills Calendly notes as its first custom answer and sets its embed parameters', () => {
    const url = new URL(
      buildBookingUrl({
        href: 'https://calendly.com/a/30min',
        prefill: { name: 'Ada', notes: 'Context' },
        embed: { mode: 'popup', hostname: 'example.com' },
      })!,
    );
    expect(url.searchParams.get('name')).to.equal('Ada');
    expect(url.searchParams.get('a1')).to.equal('Context');
    expect(url.searchParams.has('notes')).to.equal(false);
    expect(url.searchParams.get('embed_domain')).to.equal('example.com');
    expect(url.searchParams.get('embed_type')).to.equal('PopupWidget');
  });

  it('sets Cal.com embed mode only when framed', () => {
    const url = new URL(buildBookingUrl({ href: 'https://cal.com/a', embed: { mode: 'inline', hostname: 'x' } })!);
    expect(url.searchParams.get('embed')).to.equal('');
    expect(url.searchParams.get('embedType')).to.equal('inline');
  });

  it('adds no prefill parameters to an unknown scheduler', () => {
    expect(buildBookingUrl({ href: 'https://book.example.com/x', prefill: { name: 'Ada' } })).to.equal(
      'https://book.example.com/x',
    );
  });

  it('passes utm_* parameters through without overriding the scheduler URL own ones', () => {
    const url = new URL(
      buildBookingUrl({
        href: 'https://cal.com/a?utm_source=site',
        pageSearch: '?utm_source=substack&utm_campaign=notes&ref=abc&utm_medium=email',
      })!,
    );
    expect(url.searchParams.get('utm_source')).to.equal('site');
    expect(url.searchParams.get('utm_campaign')).to.equal('notes');
    expect(url.searchParams.get('utm_medium')).to.equal('email');
    expect(url.searchParams.has('ref')).to.equal(false);
  });

  it('summarises quiz and calculator results in one line each', () => {
    expect(contextSummary({})).to.deep.equal([]);
    expect(contextSummary({ quiz, calculation })).to.deep.equal([
      'Vendor quiz (Acme AI): 9/21, Ask for evidence',
      'Replacement cost (3 pipelines): An Operations Partner costs least by Year 2',
    ]);
    expect(contextSummary({ quiz: { ...quiz, vendor: '  ' } })[0]).to.equal('Vendor quiz: 9/21, Ask for evidence');
  });

  it('joins notes and context, skipping empty parts', () => {
    expect(joinNotes(undefined, [])).to.equal(undefined);
    expect(joinNotes(' Hi ', ['A', 'B'])).to.equal('Hi\nA\nB');
    expect(joinNotes('', ['A'])).to.equal('A');
  });

  it('recognises booking confirmations of each scheduler only', () => {
    expect(readScheduledMessage('calendly', { event: 'calendly.event_scheduled', payload: {} })).to.not.equal(null);
    expect(readScheduledMessage('calendly', { event: 'calendly.date_and_time_selected' })).to.equal(null);
    expect(readScheduledMessage('calcom', { originator: 'CAL', type: 'bookingSuccessful' })).to.not.equal(null);
    expect(readScheduledMessage('calcom', { originator: 'CAL', type: 'bookingSuccessfulV2' })).to.not.equal(null);
    expect(readScheduledMessage('calcom', 'cal.com:booking-success')).to.not.equal(null);
    expect(readScheduledMessage('calcom', { type: 'bookingSuccessful' })).to.equal(null);
    expect(readScheduledMessage('calcom', { event: 'calendly.event_scheduled' })).to.equal(null);
    expect(readScheduledMessage('other', { originator: 'CAL', type: 'bookingSuccessful' })).to.equal(null);
    expect(readScheduledMessage('calcom', null)).to.equal(null);
  });
});
