import type { CopyKey, QuizChoice, QuizConfig } from './quiz-schema.js';

// Every question offers the same four ways a vendor can have answered, so they
// are shared to keep the bundle small.
const choices: QuizChoice[] = [
  { id: 'clear', label: 'Clear answer, with evidence', score: 2 },
  { id: 'vague', label: 'Vague, or “it depends”', score: 1 },
  { id: 'bad', label: 'No answer, or a bad one', score: 0 },
  { id: 'not-asked', label: 'Not asked yet', score: 0, gap: true },
];

export const defaultQuiz: QuizConfig = {
  id: 'ai-vendor-seven',
  title: 'Seven questions for any AI vendor',
  intro:
    'Use them in a discovery call, an RFP or a vendor review and mark how the vendor answered. “Not asked yet” counts as a gap, not a pass.',
  questions: [
    {
      id: 'audit-trail',
      theme: 'Audit trail',
      text: 'What happens to the pipeline when the audit system is down?',
      why: 'If work can run unrecorded, you cannot show what the system did, or why, when an auditor, a customer or your own incident review asks.',
      good: 'It halts. No audit record, no processing; nothing goes through silently. They can show where that is enforced and when it last fired.',
      askNext: 'Show us the code or configuration that stops processing when audit writes fail, and the last time it triggered.',
      choices,
    },
    {
      id: 'your-data',
      theme: 'Your data',
      text: 'Does any model, theirs or a provider’s, train on your data, and where does the contract say so?',
      why: 'A sales-call promise does not survive a new owner, a new model provider or new terms of service. A contract does.',
      good: 'No training on your data by them or any provider they use, written into the contract, naming the provider terms they rely on.',
      askNext: 'Point us to the clause that rules out training on our data, and list every model provider that touches it.',
      choices,
    },
    {
      id: 'autonomy',
      theme: 'Autonomy',
      text: 'Which actions run without a named human approving them, and how does a workflow leave shadow mode?',
      why: 'Unapproved customer-facing or financial actions are the failures that reach the board. Autonomy should be earned one workflow at a time.',
      good: 'A short, written list of what runs alone; anything high-impact waits for a named approver. Workflows start in shadow mode and graduate one at a time, on criteria you sign off.',
      askNext: 'List every action taken without approval, name the approving role for the rest, and show the criteria for leaving shadow mode.',
      choices,
    },
    {
      id: 'exit',
      theme: 'Exit',
      text: 'If you leave, what do you take with you (data, audit trail, structured outputs) and in what form?',
      why: 'If leaving means losing your history, the vendor sets the price of staying. That is how a customer becomes a hostage.',
      good: 'All of it, in documented open formats, on a stated timeline, with no exit fee. Better still, it already lives in your own storage.',
      askNext: 'Walk us through an exit: which exports, which formats, how long, at what cost. Have you done one for a real customer?',
      choices,
    },
    {
      id: 'incentives',
      theme: 'Incentives',
      text: 'Are they paid for seats, hours or outcomes, and what happens to the fee when an outcome is missed?',
      why: 'How they are paid is what they will optimise. Seats reward more licences, hours reward more time; neither rewards the result you bought.',
      good: 'Fees tied to outcomes both sides can measure, and a written refund or credit when one is missed.',
      askNext: 'Which outcomes is the fee tied to, who measures them, and what happens to the invoice when one is missed?',
      choices,
    },
    {
      id: 'year-two',
      theme: '3am, Year 2',
      text: 'Who is on call when a model, vendor or cost curve changes in Year 2: which role, and what response time?',
      why: 'A tool does not get paged at 3am; a person does. The costly failures come after launch, when a provider changes a model or a price and the project team has moved on.',
      good: 'A named role on call, a response time in the contract, a runbook for model and price changes, and examples of changes they have already handled.',
      askNext: 'Which role gets paged, how fast do they respond, and what did they do the last time a provider changed something under them?',
      choices,
    },
    {
      id: 'evidence',
      theme: 'Evidence',
      text: 'Can they show a deterministic recipe and evidence from production, not a demo?',
      why: 'A demo shows the best case once. You need to know what happens on the thousandth run, on your data, when something breaks: evidence, not opinion.',
      good: 'A written, repeatable recipe (fixed steps, versioned prompts and models, defined checks) with error rates and incident history from production.',
      askNext: 'Send the recipe for one workflow in production, its error rate last quarter, and a reference customer we can call.',
      choices,
    },
  ],
  bands: [
    {
      id: 'operator-grade',
      label: 'Operator-grade',
      minShare: 0.8,
      text: 'Clear, evidenced answers on most questions. Close the remaining gaps before you sign.',
    },
    {
      id: 'ask-for-evidence',
      label: 'Ask for evidence',
      minShare: 0.5,
      text: 'Plausible, but too much rests on their word. Get contract terms and production numbers first.',
    },
    {
      id: 'hostage-risk',
      label: 'Customer-to-hostage risk',
      minShare: 0,
      text: 'Too many missing or bad answers: you would depend on them with little you can check or take with you.',
    },
  ],
};

export const defaultCopy: Record<CopyKey, string> = {
  start: 'Start',
  next: 'Next',
  back: 'Back',
  finish: 'See result',
  restart: 'Start over',
  vendor: 'Vendor',
  vendorLabel: 'Vendor name (optional)',
  progress: 'Question {current} of {total}',
  explain: 'What a good answer sounds like, and why',
  why: 'Why it matters',
  good: 'What a good answer sounds like',
  askNext: 'Ask next',
  answer: 'Answer',
  notAnswered: 'Not answered',
  gap: 'gap to close',
  score: 'Score',
  points: '{score} of {max} points ({percent}%)',
  result: 'Result',
  answered: 'Answered {answered} of {total}',
  gaps: 'Gaps to close: {count}',
  weakestFirst: 'Weakest answers first',
  copySummary: 'Copy summary',
  copied: 'Copied',
  copyManual: 'Selected: press Ctrl+C (⌘C on a Mac) to copy',
  shareLink: 'Copy share link',
};

/** The quiz's own UI strings over the defaults, so a host only overrides what it needs. */
export function quizCopy(quiz: QuizConfig): Record<CopyKey, string> {
  const copy = { ...defaultCopy };
  for (const [key, value] of Object.entries(quiz.copy ?? {})) {
    if (value !== undefined && Object.hasOwn(defaultCopy, key)) copy[key as CopyKey] = value;
  }
  return copy;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a typo in host copy is noticed. */
export function fillCopy(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}
