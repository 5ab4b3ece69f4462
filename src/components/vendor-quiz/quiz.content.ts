import type { QuizChoice, QuizConfig } from './quiz-schema.js';

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
    'Use them in a discovery call, RFP or vendor review; mark how the vendor answered. “Not asked yet” counts as a gap, not a pass.',
  questions: [
    {
      id: 'audit-trail',
      theme: 'Audit trail',
      text: 'What happens to the pipeline when the audit system is down?',
      why: 'Unrecorded work cannot be explained to an auditor, a customer or your own incident review.',
      good: 'It halts: no audit record, no processing. They show where that is enforced and when it last fired.',
      askNext: 'Show the code or config that halts work when audit writes fail, and when it last fired.',
      choices,
    },
    {
      id: 'your-data',
      theme: 'Your data',
      text: 'Does any model, theirs or a provider’s, train on your data, and where does the contract say so?',
      why: 'A sales promise does not survive a new owner, model provider or terms of service. A contract does.',
      good: 'No training on your data by them or any provider, in the contract, naming the provider terms they rely on.',
      askNext: 'Which clause rules out training on our data, and which model providers touch it?',
      choices,
    },
    {
      id: 'autonomy',
      theme: 'Autonomy',
      text: 'Which actions run without a named human approving them, and how does a workflow leave shadow mode?',
      why: 'Unapproved customer-facing or financial actions are the failures that reach the board; autonomy is earned per workflow.',
      good: 'A short list of what runs alone; high-impact actions need a named approver. Workflows leave shadow mode one at a time, on criteria you approve.',
      askNext: 'List every unapproved action, the approving role for the rest, and the criteria for leaving shadow mode.',
      choices,
    },
    {
      id: 'exit',
      theme: 'Exit',
      text: 'If you leave, what do you take with you (data, audit trail, structured outputs) and in what form?',
      why: 'If leaving means losing your history, the vendor sets the price of staying: the customer becomes a hostage.',
      good: 'All of it, in documented open formats, on a stated timeline, with no exit fee; better, it already lives in your storage.',
      askNext: 'Walk us through an exit: exports, formats, time, cost. Have you done one for a real customer?',
      choices,
    },
    {
      id: 'incentives',
      theme: 'Incentives',
      text: 'Are they paid for seats, hours or outcomes, and what happens to the fee when an outcome is missed?',
      why: 'They optimise what they are paid for. Seats reward licences, hours reward time; neither rewards the result you bought.',
      good: 'Fees tied to outcomes both sides can measure, with a written refund or credit when one is missed.',
      askNext: 'Which outcomes is the fee tied to, who measures them, and what happens to the invoice on a miss?',
      choices,
    },
    {
      id: 'year-two',
      theme: '3am, Year 2',
      text: 'Who is on call when a model, vendor or cost curve changes in Year 2: which role, and what response time?',
      why: 'Tools do not get paged at 3am; people do. Costly failures come after launch, when a model or price changes and the project team has left.',
      good: 'A named on-call role, a contracted response time, a runbook for model and price changes, and changes they have already handled.',
      askNext: 'Who gets paged, how fast, and what did they do when a provider last changed something under them?',
      choices,
    },
    {
      id: 'evidence',
      theme: 'Evidence',
      text: 'Can they show a deterministic recipe and evidence from production, not a demo?',
      why: 'A demo shows the best case once. You need the thousandth run, on your data, when something breaks: evidence, not opinion.',
      good: 'A written, repeatable recipe (fixed steps, versioned prompts and models, defined checks) with production error rates and incidents.',
      askNext: 'Send one production workflow’s recipe, last quarter’s error rate and a reference customer we can call.',
      choices,
    },
  ],
  bands: [
    {
      id: 'operator-grade',
      label: 'Operator-grade',
      minShare: 0.8,
      text: 'Clear, evidenced answers on most questions. Close the gaps before you sign.',
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
      text: 'Too many missing or bad answers: you would depend on them with little to check or take with you.',
    },
  ],
};

export const defaultCopy = {
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
  copyManual: 'Selected: press Ctrl+C (⌘C on Mac) to copy',
  shareLink: 'Copy share link',
  glance: 'Answers at a glance',
  compare: 'Since your run of {date}',
  then: 'Then',
  now: 'now',
  noChange: 'No answer changed.',
  date: 'Date',
};
export type CopyKey = keyof typeof defaultCopy;

/** The quiz's own UI strings over the defaults, so a host only overrides what it needs. */
export function quizCopy(quiz: QuizConfig): Record<CopyKey, string> {
  // Unset keys (undefined) keep the default; the schema allows no empty strings.
  return { ...defaultCopy, ...Object.fromEntries(Object.entries(quiz.copy ?? {}).filter(([, value]) => value)) };
}
