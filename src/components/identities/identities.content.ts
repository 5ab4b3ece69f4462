/**
 * Default comparison. Cells are keyed by column id, so a host can drop, reorder or
 * rename columns without rewriting every row.
 */
export const defaultIdentityColumns = [
  { id: 'vendor', name: 'Vendor' },
  { id: 'consultant', name: 'Consultant' },
  { id: 'partner', name: 'Operations Partner' },
];

export const defaultIdentityRows = [
  {
    label: 'What they sell',
    cells: {
      vendor: 'A tool your team learns, then runs.',
      consultant: 'Hours, an assessment and a framework.',
      partner:
        'AI workflows run in production, accountable for outcomes. Shadow Mode first; high-impact actions stay human-approved.',
    },
  },
  {
    label: 'How they are paid, and what that rewards',
    cells: {
      vendor: 'Per seat: more seats, whatever you need.',
      consultant: 'By the hour: longer engagements earn more.',
      partner: 'Per engagement, plus yearly operations support. Never hourly.',
    },
  },
  {
    label: 'Who runs it at 3am',
    cells: {
      vendor: 'Your team, with a support ticket.',
      consultant: 'Your team. The consultants have left.',
      partner: 'The partner, on call. If the audit trail stops, the pipeline stops.',
    },
  },
  {
    label: 'Year 2, when AI failures show up',
    cells: {
      vendor: 'A new release and a renewal quote. Your workflow is your problem.',
      consultant: 'A new engagement, if you buy one.',
      partner: 'The same people keep it running as models, providers and costs change.',
    },
  },
  {
    label: 'What you keep when they leave',
    cells: {
      vendor: 'Whatever export the contract allows.',
      consultant: 'Slides and a framework nobody runs.',
      partner: 'Your data (never used for training), the full audit trail and every structured output.',
    },
  },
  {
    label: 'How easy they are to replace',
    cells: {
      vendor: 'Easy: another tool does the job.',
      consultant: 'Easy: another firm has the playbook.',
      partner: 'Harder once embedded, and harder to start: it takes real operating experience.',
    },
  },
  {
    label: 'When it is the right choice',
    cells: {
      vendor: 'You have people to run the tool and only need the tool.',
      consultant: 'You want an outside view or a plan, and will run it yourselves.',
      partner:
        'You want AI in production without first building an operations team. Already running 5+ pipelines and keeping them in-house? Hire a platform engineer instead.',
    },
  },
];

/** Wording around the comparison; every string can be replaced through `config.copy`. */
export const defaultIdentityCopy = {
  heading: 'Vendor, consultant or Operations Partner?',
  intro: 'Three shapes a software-side AI relationship can take. Two are easy to swap out.',
  caption: 'Vendor, consultant and Operations Partner compared',
  highlightLabel: 'Harder to displace',
  tabsLabel: 'Relationship types',
  quizLink: 'Ask any vendor the seven questions',
  calculatorLink: 'Estimate what replacing each would cost',
};

export type IdentityCopy = typeof defaultIdentityCopy;
