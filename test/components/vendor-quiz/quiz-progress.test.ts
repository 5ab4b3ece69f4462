import { expect } from '@open-wc/testing';
import { defaultQuiz } from '../../../src/components/vendor-quiz/quiz.content.js';
import {
  decodeShareFragment,
  encodeShareFragment,
  lastRunKey,
  parseProgress,
  phaseOf,
  progressKey,
  stepOf,
  quizHash,
  serializeProgress,
} from '../../../src/components/vendor-quiz/quiz-progress.js';
import { quizSchema, type QuizConfig } from '../../../src/components/vendor-quiz/quiz-schema.js';
import { validate } from '../../../src/core/config.js';
import { copyOfDefault, smallQuiz } from './quiz-fixtures.js';

/** The same quiz with every object's keys in reverse order. */
function reorderedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reorderedKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, item]) => [key, reorderedKeys(item)]),
    ) as T;
  }
  return value;
}

const someAnswers = { 'audit-trail': 'clear', exit: 'not-asked', evidence: 'bad' };

describe('quizHash and progressKey', () => {
  it('is a short hex string that does not depend on object identity or key order', () => {
    const hash = quizHash(defaultQuiz);
    expect(hash).to.match(/^[0-9a-f]{8}$/);
    expect(quizHash(copyOfDefault())).to.equal(hash);
    expect(quizHash(reorderedKeys(copyOfDefault()))).to.equal(hash);
    // The element hashes the validated quiz; validation must not change the hash.
    const validated = validate(quizSchema, defaultQuiz);
    expect(validated.ok && quizHash(validated.value)).to.equal(hash);
  });

  it('stays the same when only wording, explanations or bands change', () => {
    const base = quizHash(defaultQuiz);
    const edits: [string, (quiz: QuizConfig) => void][] = [
      ['question text', (quiz) => (quiz.questions[0]!.text += ' ')],
      ['a choice label', (quiz) => (quiz.questions[0]!.choices[0]!.label = 'Ja')],
      ['an explanation', (quiz) => (quiz.questions[2]!.why = 'Changed.')],
      ['a band threshold', (quiz) => (quiz.bands[0]!.minShare = 0.75)],
      ['added copy', (quiz) => (quiz.copy = { next: 'Weiter' })],
      ['the title', (quiz) => (quiz.title = 'Sieben Fragen')],
    ];
    for (const [what, edit] of edits) {
      const quiz = copyOfDefault();
      edit(quiz);
      expect(quizHash(quiz), what).to.equal(base);
    }
  });

  it('changes when what an answer means changes', () => {
    const base = quizHash(defaultQuiz);
    const edits: [string, (quiz: QuizConfig) => void][] = [
      ['a score', (quiz) => (quiz.questions[6]!.choices[1]!.score = 2)],
      ['a choice id', (quiz) => (quiz.questions[1]!.choices[0]!.id = 'yes')],
      ['a question id', (quiz) => (quiz.questions[1]!.id = 'data-use')],
      ['question order', (quiz) => quiz.questions.reverse()],
      ['removed question', (quiz) => quiz.questions.pop()],
      ['the quiz id', (quiz) => (quiz.id = 'other')],
    ];
    const seen = new Set([base]);
    for (const [what, edit] of edits) {
      const quiz = copyOfDefault();
      edit(quiz);
      const hash = quizHash(quiz);
      expect(seen.has(hash), what).to.equal(false);
      seen.add(hash);
    }
  });

  it('gives each quiz and each version of it its own storage key', () => {
    expect(progressKey(defaultQuiz)).to.equal(`ops-quiz:ai-vendor-seven:${quizHash(defaultQuiz)}`);
    const edited = copyOfDefault();
    edited.questions[0]!.choices.pop();
    expect(progressKey(edited)).to.not.equal(progressKey(defaultQuiz));
    expect(progressKey(smallQuiz())).to.match(/^ops-quiz:small:[0-9a-f]{8}$/);
  });

  it("keeps two copies of one quiz apart by the element id, and each vendor's last run apart", () => {
    expect(progressKey(defaultQuiz, 'vendor-a')).to.equal(`ops-quiz:ai-vendor-seven:${quizHash(defaultQuiz)}:vendor-a`);
    expect(progressKey(defaultQuiz, 'vendor-a')).to.not.equal(progressKey(defaultQuiz, 'vendor-b'));
    expect(lastRunKey(defaultQuiz, '  Acme   AI ')).to.equal(`ops-quiz-last:ai-vendor-seven:${quizHash(defaultQuiz)}:acme ai`);
    expect(lastRunKey(defaultQuiz, 'Acme')).to.not.equal(lastRunKey(defaultQuiz, 'Other'));
  });
});

describe('phases', () => {
  it('saves the start page as the first question and the result as one past the last', () => {
    expect(stepOf({ kind: 'start' }, 7)).to.equal(0);
    expect(stepOf({ kind: 'question', index: 3 }, 7)).to.equal(3);
    expect(stepOf({ kind: 'result' }, 7)).to.equal(7);
    expect(phaseOf(0, 7)).to.deep.equal({ kind: 'question', index: 0 });
    expect(phaseOf(6, 7)).to.deep.equal({ kind: 'question', index: 6 });
    expect(phaseOf(7, 7)).to.deep.equal({ kind: 'result' });
  });
});

describe('serializeProgress / parseProgress', () => {
  it('keeps when a run started and the run before it, dropping a malformed one', () => {
    const before = { at: 1_700_000_000_000, answers: { exit: 'bad', nonsense: 'x' } };
    const saved = serializeProgress(defaultQuiz, {
      vendor: 'Acme',
      answers: someAnswers,
      step: 7,
      at: 1_800_000_000_000,
      before,
    });
    expect(parseProgress(defaultQuiz, saved)).to.deep.equal({
      vendor: 'Acme',
      answers: someAnswers,
      step: 7,
      at: 1_800_000_000_000,
      before: { at: 1_700_000_000_000, answers: { exit: 'bad' } },
    });
    for (const broken of [{ at: 'yesterday', answers: {} }, { at: -5, answers: {} }, { at: 1, answers: [] }, 'x']) {
      const raw = JSON.stringify({ ...JSON.parse(saved), at: 'soon', before: broken });
      expect(parseProgress(defaultQuiz, raw), JSON.stringify(broken)).to.deep.equal({
        vendor: 'Acme',
        answers: someAnswers,
        step: 7,
      });
    }
  });

  it('restores vendor, answers and step after a reload', () => {
    const saved = serializeProgress(defaultQuiz, { vendor: 'Acme AI', answers: someAnswers, step: 4 });
    expect(parseProgress(defaultQuiz, saved)).to.deep.equal({ vendor: 'Acme AI', answers: someAnswers, step: 4 });
  });

  it('does not restore answers saved for a different version of the quiz', () => {
    const saved = serializeProgress(defaultQuiz, { vendor: '', answers: someAnswers, step: 2 });
    const edited = copyOfDefault();
    edited.questions[1]!.choices.reverse();
    expect(parseProgress(edited, saved)).to.equal(null);
  });

  it('restores answers after a change of wording only', () => {
    const saved = serializeProgress(defaultQuiz, { vendor: '', answers: someAnswers, step: 2 });
    const reworded = copyOfDefault();
    reworded.questions[1]!.text = 'A reworded question?';
    reworded.copy = { next: 'Weiter' };
    expect(parseProgress(reworded, saved)?.answers).to.deep.equal(someAnswers);
  });

  it('returns null for anything that is not saved progress', () => {
    const valid = JSON.parse(serializeProgress(defaultQuiz, { vendor: 'A', answers: someAnswers, step: 1 })) as object;
    const garbage: unknown[] = [
      null,
      undefined,
      '',
      'not json',
      '{"v":1',
      '[]',
      'null',
      '42',
      '"text"',
      JSON.stringify({ ...valid, v: 2 }),
      JSON.stringify({ ...valid, hash: 'deadbeef' }),
      JSON.stringify({ ...valid, answers: ['clear'] }),
      JSON.stringify({ ...valid, step: -1 }),
      JSON.stringify({ ...valid, step: 1.5 }),
      JSON.stringify({ ...valid, vendor: 7 }),
      JSON.stringify({ v: 1, answers: {} }),
      `{"v":1,"hash":"${quizHash(defaultQuiz)}","answers":{},"vendor":"${'x'.repeat(30_000)}"}`,
    ];
    for (const raw of garbage) {
      expect(parseProgress(defaultQuiz, raw as string), String(raw).slice(0, 60)).to.equal(null);
    }
  });

  it('drops answers that do not fit the quiz but keeps the rest', () => {
    const hash = quizHash(defaultQuiz);
    const raw = JSON.stringify({
      v: 1,
      hash,
      vendor: 'Acme',
      step: 99,
      answers: { 'audit-trail': 'clear', exit: 'maybe', evidence: 3, 'gone-question': 'clear' },
    });
    expect(parseProgress(defaultQuiz, raw)).to.deep.equal({
      vendor: 'Acme',
      answers: { 'audit-trail': 'clear' },
      // Past the last question means the result page, not beyond it.
      step: defaultQuiz.questions.length,
    });
  });

  it('ignores a __proto__ entry in stored answers without polluting prototypes', () => {
    const raw = `{"v":1,"hash":"${quizHash(defaultQuiz)}","step":0,"answers":{"__proto__":{"exit":"clear"},"evidence":"clear"}}`;
    const progress = parseProgress(defaultQuiz, raw);
    expect(progress?.answers).to.deep.equal({ evidence: 'clear' });
    expect(({} as Record<string, unknown>)['exit']).to.equal(undefined);
  });

  it('stores a cleaned vendor name and only known answers', () => {
    const saved = serializeProgress(defaultQuiz, {
      vendor: ' Acme\n\nAI ',
      answers: { ...someAnswers, bogus: 'clear' },
      step: 0,
    });
    expect(JSON.parse(saved)).to.include({ vendor: 'Acme AI' });
    expect(JSON.parse(saved).answers).to.deep.equal(someAnswers);
  });
});

describe('encodeShareFragment / decodeShareFragment', () => {
  it('encodes one character per question, "-" for unanswered', () => {
    expect(encodeShareFragment(defaultQuiz, someAnswers)).to.equal('#ops-quiz=ai-vendor-seven:0--3--2');
    expect(encodeShareFragment(defaultQuiz, {})).to.equal('#ops-quiz=ai-vendor-seven:-------');
  });

  it('round-trips answers and a vendor name with awkward characters', () => {
    const vendor = 'Acme: AI & Co #1 100% «Ünïcode» 🚀';
    const fragment = encodeShareFragment(defaultQuiz, someAnswers, vendor);
    // Nothing that would end the fragment or split it into parameters.
    expect(fragment.slice(1)).to.not.match(/[\s#&]/);
    expect(decodeShareFragment(defaultQuiz, fragment)).to.deep.equal({ answers: someAnswers, vendor });
  });

  it('reads its own entry among other fragment parameters, with or without "#"', () => {
    const fragment = encodeShareFragment(defaultQuiz, someAnswers, 'Acme').slice(1);
    expect(decodeShareFragment(defaultQuiz, `#section-2&${fragment}&x=1`)).to.deep.equal({
      answers: someAnswers,
      vendor: 'Acme',
    });
    expect(decodeShareFragment(defaultQuiz, fragment)?.vendor).to.equal('Acme');
  });

  it('leaves out answers that name no real choice', () => {
    expect(encodeShareFragment(defaultQuiz, { exit: 'excellent', evidence: 'vague' })).to.equal(
      '#ops-quiz=ai-vendor-seven:------1',
    );
  });

  it('returns null for fragments that are not a share of this quiz', () => {
    const garbage = [
      '',
      '#',
      '#top',
      '#ops-quiz=',
      '#ops-quiz=ai-vendor-seven',
      '#ops-quiz=small:0000000',
      '#ops-quiz=ai-vendor-seven:000000', // one short: the quiz changed
      '#ops-quiz=ai-vendor-seven:00000000',
      '#ops-quiz=ai-vendor-seven:000000x',
      '#ops-quiz=ai-vendor-seven:0000004', // only four choices
      '#ops-quiz=ai-vendor-seven:000000 ',
      '#ops-quiz=ai-vendor-seven:0000000:%E0%A4%A', // broken percent-encoding
      '#ops-quiz=ai-vendor-seven:0000000:Acme:extra',
      `#ops-quiz=ai-vendor-seven:0000000:${'x'.repeat(5000)}`,
    ];
    for (const hash of garbage) {
      expect(decodeShareFragment(defaultQuiz, hash), hash.slice(0, 60)).to.equal(null);
    }
  });

  it('cleans a vendor name smuggled into a link', () => {
    const decoded = decodeShareFragment(defaultQuiz, '#ops-quiz=ai-vendor-seven:0000000:Acme%0A%0AScore%3A%2014');
    expect(decoded?.vendor).to.equal('Acme Score: 14');
  });

  it('works for a custom quiz', () => {
    const quiz = smallQuiz();
    const answers = { q1: 'no', q3: 'partly', q5: 'yes' };
    const fragment = encodeShareFragment(quiz, answers);
    expect(fragment).to.equal('#ops-quiz=small:2-1-0');
    expect(decodeShareFragment(quiz, fragment)).to.deep.equal({ answers, vendor: '' });
    expect(decodeShareFragment(defaultQuiz, fragment)).to.equal(null);
  });
});
