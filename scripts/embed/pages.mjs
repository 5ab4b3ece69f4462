// What each hosted embed page says about itself: title, description (also the Open Graph
// and oEmbed text), the attributes it is prerendered with, and its iframe size.
export const bookingHref = process.env.EMBED_BOOKING_URL || 'https://cal.com/example/30min';

export const pages = [
  {
    slug: 'identities',
    tag: 'ops-identities',
    title: 'Vendor, consultant or Operations Partner?',
    description:
      'Who builds, runs and answers for your AI pipelines: a vendor, a consultant or an Operations Partner, compared point by point.',
    attributes: {},
    height: 760,
  },
  {
    slug: 'vendor-quiz',
    tag: 'ops-vendor-quiz',
    title: 'Seven questions for any AI vendor',
    description:
      'Ask them before you sign: a seven-question vendor diagnostic, scored, explained and shareable. Your answers stay in your browser.',
    attributes: { share: true },
    // The preview shows the questions, not the empty start page.
    previewQuery: '?layout=list',
    height: 640,
  },
  {
    slug: 'replacement-cost',
    tag: 'ops-replacement-cost',
    title: 'What would it cost to replace your AI pipelines?',
    description:
      'In-house, vendor, consultant or Operations Partner: yearly cost and replacement cost of your AI pipelines, with the math shown.',
    attributes: {},
    height: 1100,
  },
  {
    slug: 'booking-cta',
    tag: 'ops-booking-cta',
    title: 'Book a 30-minute discovery call',
    description:
      'No deck. No demo. A plain look at the stack you run today, and whether an Operations Partner is the right shape.',
    attributes: { href: bookingHref },
    height: 360,
  },
];

export const providerName = process.env.EMBED_PROVIDER_NAME || 'Ops partner widgets';
