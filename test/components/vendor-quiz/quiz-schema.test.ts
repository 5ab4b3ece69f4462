import { expect } from '@open-wc/testing';
import { defaultQuiz } from '../../../src/components/vendor-quiz/quiz.content.js';
import { cleanVendorName, quizSchema } from '../../../src/components/vendor-quiz/quiz-schema.js';
import { validate } from '../../../src/core/config.js';
import { copyOfDefault, smallQuiz } from './quiz-fixtures.js';

const validateQuiz = (data: unknown) => validate(quizSchema, data);

/** The validation errors for some data as `path: message`, failing the test if it was accepted. */
function errorsFor(data: unknown): string[] {
  const result = validateQuiz(data);
  if (result.ok) throw new Error('expected the quiz to be rejected');
  return result.problems.map(({ path, message }) => `${path}: ${message}`);
}

describe('quizSchema', () => {
  it('accepts the default quiz unchanged', () => {
    const result = validateQuiz(defaultQuiz);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value).to.deep.equal(defaultQuiz);
  });

  it('accepts a small custom quiz with its own bands', () => {
    expect(validateQuiz(smallQuiz()).ok).to.equal(true);
  });

  it('accepts the default quiz after a JSON round trip, as a host would pass it in an attribute', () => {
    expect(validateQuiz(JSON.parse(JSON.stringify(defaultQuiz))).ok).to.equal(true);
  });

  it('rejects duplicate question ids, pointing at the second one', () => {
    const quiz = copyOfDefault();
    quiz.questions[3]!.id = 'audit-trail';
    expect(errorsFor(quiz)).to.deep.equal(['questions[3].id: duplicate question id "audit-trail"']);
  });

  it('rejects duplicate choice ids within a question', () => {
    const quiz = copyOfDefault();
    quiz.questions[1]!.choices = [
      { id: 'clear', label: 'Clear', score: 2 },
      { id: 'clear', label: 'Also clear', score: 1 },
    ];
    expect(errorsFor(quiz)).to.deep.equal(['questions[1].choices[1].id: duplicate choice id "clear"']);
  });

  it('rejects a question with no choices, or only one', () => {
    const none = copyOfDefault();
    none.questions[0]!.choices = [];
    expect(errorsFor(none)).to.include('questions[0].choices: must be 2–8 items');

    const missing = copyOfDefault() as unknown as { questions: Record<string, unknown>[] };
    delete missing.questions[2]!['choices'];
    expect(errorsFor(missing)).to.deep.equal(['questions[2].choices: expected array, but it is missing']);

    const one = copyOfDefault();
    one.questions[0]!.choices = [{ id: 'only', label: 'Only', score: 1 }];
    expect(errorsFor(one)).to.deep.equal(['questions[0].choices: must be 2–8 items']);
  });

  for (const [name, score, got] of [
    ['NaN', NaN, 'NaN'],
    ['Infinity', Infinity, 'Infinity'],
    ['-Infinity', -Infinity, '-Infinity'],
    ['a string', '2', '"2"'],
  ] as const) {
    it(`rejects a score of ${name}`, () => {
      const quiz = copyOfDefault() as unknown as { questions: { choices: { score: unknown }[] }[] };
      quiz.questions[4]!.choices[0]!.score = score;
      expect(errorsFor(quiz)).to.deep.equal([`questions[4].choices[0].score: expected number, got ${got}`]);
    });
  }

  it('rejects negative and absurdly large scores', () => {
    const quiz = copyOfDefault();
    quiz.questions[0]!.choices[0]!.score = -5;
    quiz.questions[1]!.choices[0]!.score = 1e12;
    expect(errorsFor(quiz)).to.deep.equal([
      'questions[0].choices[0].score: must be 0–1000',
      'questions[1].choices[0].score: must be 0–1000',
    ]);
  });

  it('rejects enormous strings with the limit in the message', () => {
    const quiz = copyOfDefault();
    quiz.title = 'x'.repeat(1_000_000);
    quiz.questions[6]!.why = 'y'.repeat(601);
    expect(errorsFor(quiz)).to.deep.equal([
      'title: must be at most 120 characters',
      'questions[6].why: must be at most 600 characters',
    ]);
  });

  it('rejects empty, blank and invisible-only text, naming where', () => {
    const quiz = copyOfDefault();
    quiz.questions[0]!.text = '';
    quiz.questions[1]!.choices = quiz.questions[1]!.choices.map((choice, index) =>
      index === 1 ? { ...choice, label: ' \u200b ' } : choice,
    );
    quiz.bands[2]!.label = '\u2060';
    quiz.title = '\u00a0';
    quiz.copy = { next: '\u200d' };
    expect(errorsFor(quiz)).to.deep.equal([
      'title: must contain visible text',
      'questions[0].text: must contain visible text',
      'questions[1].choices[1].label: must contain visible text',
      'bands[2].label: must contain visible text',
      'copy.next: must contain visible text',
    ]);
  });

  it('rejects wrong types at any depth', () => {
    expect(errorsFor(null)).to.deep.equal(['(config): expected object, got null']);
    expect(errorsFor('ai-vendor-seven')).to.deep.equal(['(config): expected object, got "ai-vendor-seven"']);
    expect(errorsFor({ ...copyOfDefault(), questions: 'seven' })).to.deep.equal(['questions: expected array, got "seven"']);
    const quiz = copyOfDefault() as unknown as { questions: { choices: { gap: unknown }[] }[] };
    quiz.questions[0]!.choices[3]!.gap = 'yes';
    expect(errorsFor(quiz)).to.deep.equal(['questions[0].choices[3].gap: expected boolean, got "yes"']);
  });

  it('rejects __proto__ keys from parsed JSON instead of silently dropping them', () => {
    const json = JSON.stringify(defaultQuiz).replace(
      '{"id":"ai-vendor-seven"',
      '{"__proto__":{"polluted":true},"id":"ai-vendor-seven"',
    );
    const hostile = JSON.parse(json) as unknown;
    expect(errorsFor(hostile)).to.deep.equal(['(config): has unknown key(s): __proto__']);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);

    const nested = JSON.parse(
      JSON.stringify(defaultQuiz).replace('{"id":"exit"', '{"__proto__":{"score":99},"id":"exit"'),
    ) as unknown;
    expect(errorsFor(nested)).to.deep.equal(['questions[3]: has unknown key(s): __proto__']);
  });

  it('rejects unknown keys such as a misspelt field', () => {
    const quiz = { ...copyOfDefault(), titel: 'Typo' };
    expect(errorsFor(quiz)).to.deep.equal(['(config): has unknown key(s): titel']);
  });

  it('restricts ids to a safe charset', () => {
    for (const badId of ['__proto__', 'has space', '<script>', 'a:b', '', 'x'.repeat(41)]) {
      const quiz = copyOfDefault();
      quiz.questions[0]!.id = badId;
      const errors = errorsFor(quiz);
      expect(errors.length, badId).to.be.greaterThan(0);
      expect(
        errors.every((error) => error.startsWith('questions[0].id: ')),
        badId,
      ).to.equal(true);
    }
    const quiz = copyOfDefault();
    quiz.id = 'has space';
    expect(errorsFor(quiz)[0]).to.match(/^id: use up to 40 letters, digits/);
  });

  it('rejects more than 50 questions and more than 8 choices', () => {
    const base = copyOfDefault();
    const many = {
      ...base,
      questions: Array.from({ length: 51 }, (_, index) => ({ ...base.questions[0]!, id: `q${index}` })),
    };
    expect(errorsFor(many)).to.deep.equal(['questions: must be 1–50 items']);

    const wide = copyOfDefault();
    wide.questions[0]!.choices = Array.from({ length: 9 }, (_, index) => ({ id: `c${index}`, label: 'C', score: index }));
    expect(errorsFor(wide)).to.deep.equal(['questions[0].choices: must be 2–8 items']);
  });

  it('requires a band starting at 0 so every score lands in a band', () => {
    const quiz = copyOfDefault();
    quiz.bands = quiz.bands.filter((band) => band.minShare > 0);
    expect(errorsFor(quiz)).to.deep.equal(['bands: one band needs minShare 0 so every score has a band']);
  });

  it('rejects band thresholds outside 0..1, duplicated thresholds and duplicate band ids', () => {
    const outside = copyOfDefault();
    outside.bands[0]!.minShare = 80;
    expect(errorsFor(outside)).to.deep.equal(['bands[0].minShare: must be 0–1']);

    const twins = copyOfDefault();
    twins.bands[1]!.minShare = 0.8;
    expect(errorsFor(twins)).to.deep.equal(['bands[1].minShare: duplicate band minShare 0.8']);

    const sameId = copyOfDefault();
    sameId.bands[2]!.id = 'operator-grade';
    expect(errorsFor(sameId)).to.deep.equal(['bands[2].id: duplicate band id "operator-grade"']);
  });

  it('rejects a gap choice that scores points, and a question where nothing scores', () => {
    const scoringGap = copyOfDefault();
    scoringGap.questions[0]!.choices[3]!.score = 2;
    expect(errorsFor(scoringGap)).to.deep.equal(['questions[0].choices[3].score: a gap choice must score 0']);

    const flat = copyOfDefault();
    flat.questions[2]!.choices = flat.questions[2]!.choices.map((choice) => ({ ...choice, score: 0 }));
    expect(errorsFor(flat)).to.deep.equal(['questions[2].choices: at least one choice must score above 0']);
  });

  it('accepts partial UI copy but rejects unknown copy keys', () => {
    expect(validateQuiz({ ...copyOfDefault(), copy: { next: 'Weiter' } }).ok).to.equal(true);
    expect(errorsFor({ ...copyOfDefault(), copy: { nxt: 'Weiter' } })).to.deep.equal(['copy: has unknown key(s): nxt']);
  });
});

describe('cleanVendorName', () => {
  it('keeps a name to one bounded line', () => {
    expect(cleanVendorName('  Acme\nAI\t Ltd\u2028 ')).to.equal('Acme AI Ltd');
    expect(cleanVendorName('x'.repeat(500))).to.have.length(80);
    expect(cleanVendorName(undefined)).to.equal('');
    expect(cleanVendorName({ toString: () => 'Acme' })).to.equal('');
  });
});
