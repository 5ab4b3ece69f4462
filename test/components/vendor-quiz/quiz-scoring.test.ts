import { expect } from '@open-wc/testing';
import { defaultQuiz } from '../../../src/components/vendor-quiz/quiz.content.js';
import { answerLevel, changedAnswers, scoreQuiz } from '../../../src/components/vendor-quiz/quiz-scoring.js';
import type { QuizConfig } from '../../../src/components/vendor-quiz/quiz-schema.js';
import { answerAll, smallQuiz } from './quiz-fixtures.js';

describe('scoreQuiz', () => {
  it('gives full marks and the top band when every answer is clear', () => {
    const result = scoreQuiz(defaultQuiz, answerAll(defaultQuiz, 'clear'));
    expect(result.score).to.equal(14);
    expect(result.max).to.equal(14);
    expect(result.share).to.equal(1);
    expect(result.band.id).to.equal('operator-grade');
    expect(result.gaps).to.equal(0);
    expect(result.complete).to.equal(true);
    expect(result.perQuestion.every((item) => !item.isWeak && !item.isGap)).to.equal(true);
  });

  it('gives zero and the hostage-risk band when every answer is bad, without calling them gaps', () => {
    const result = scoreQuiz(defaultQuiz, answerAll(defaultQuiz, 'bad'));
    expect(result.score).to.equal(0);
    expect(result.band.id).to.equal('hostage-risk');
    expect(result.gaps).to.equal(0);
    expect(result.complete).to.equal(true);
    expect(result.perQuestion.every((item) => item.isWeak)).to.equal(true);
  });

  it('counts "not asked yet" as a gap scoring 0, not as a pass', () => {
    const answers = { ...answerAll(defaultQuiz, 'clear'), exit: 'not-asked' };
    const result = scoreQuiz(defaultQuiz, answers);
    expect(result.score).to.equal(12);
    expect(result.gaps).to.equal(1);
    const exit = result.perQuestion.find((item) => item.questionId === 'exit')!;
    expect(exit).to.include({ choiceId: 'not-asked', score: 0, max: 2, isGap: true, isWeak: true });
    expect(result.weakestFirst[0]!.questionId).to.equal('exit');

    const allUnasked = scoreQuiz(defaultQuiz, answerAll(defaultQuiz, 'not-asked'));
    expect(allUnasked.score).to.equal(0);
    expect(allUnasked.gaps).to.equal(7);
    expect(allUnasked.band.id).to.equal('hostage-risk');
    // The reader did answer every question in the quiz, so the result is final.
    expect(allUnasked.complete).to.equal(true);
  });

  it('scores partial answers against the full maximum and marks the rest unanswered', () => {
    const result = scoreQuiz(defaultQuiz, { 'audit-trail': 'clear', 'your-data': 'clear', autonomy: 'clear' });
    expect(result.answered).to.equal(3);
    expect(result.complete).to.equal(false);
    expect(result.score).to.equal(6);
    expect(result.max).to.equal(14);
    expect(result.gaps).to.equal(4);
    // Three perfect answers out of seven must not read as a good vendor.
    expect(result.band.id).to.equal('hostage-risk');
    const exit = result.perQuestion.find((item) => item.questionId === 'exit')!;
    expect(exit).to.include({ choiceId: null, choice: null, score: 0, isGap: true });
  });

  it('puts a score exactly on a threshold into the higher band', () => {
    const quiz = smallQuiz(); // yes 2, partly 1, no 0; max 10; bands at 0.8 and 0.5
    const bandOf = (...choices: string[]) =>
      scoreQuiz(quiz, Object.fromEntries(choices.map((choice, index) => [`q${index + 1}`, choice]))).band.id;
    expect(bandOf('yes', 'yes', 'yes', 'yes', 'yes'), '10').to.equal('high');
    expect(bandOf('yes', 'yes', 'yes', 'yes', 'no'), '8').to.equal('high');
    expect(bandOf('yes', 'yes', 'yes', 'partly', 'no'), '7').to.equal('mid');
    expect(bandOf('yes', 'yes', 'partly', 'no', 'no'), '5').to.equal('mid');
    expect(bandOf('yes', 'yes', 'no', 'no', 'no'), '4').to.equal('low');
    expect(bandOf('no', 'no', 'no', 'no', 'no'), '0').to.equal('low');
  });

  it('is not thrown off by floating point at a threshold (0.28 × 25 is 7.000000000000001)', () => {
    const quiz: QuizConfig = {
      id: 'float',
      title: 'Float',
      questions: [
        {
          id: 'only',
          text: 'How much?',
          choices: [
            { id: 'all', label: 'All', score: 25 },
            { id: 'some', label: 'Some', score: 7 },
            { id: 'less', label: 'Less', score: 6 },
          ],
        },
      ],
      bands: [
        { id: 'pass', label: 'Pass', minShare: 0.28 },
        { id: 'fail', label: 'Fail', minShare: 0 },
      ],
    };
    expect(scoreQuiz(quiz, { only: 'some' }).band.id).to.equal('pass');
    expect(scoreQuiz(quiz, { only: 'less' }).band.id).to.equal('fail');
  });

  it('uses the default bands at 80% and 50% of 14 points', () => {
    const all = (choice: string) => answerAll(defaultQuiz, choice);
    expect(scoreQuiz(defaultQuiz, all('vague')).band.id, '7 of 14').to.equal('ask-for-evidence');
    expect(scoreQuiz(defaultQuiz, { ...all('vague'), exit: 'bad' }).band.id, '6 of 14').to.equal('hostage-risk');
    expect(scoreQuiz(defaultQuiz, { ...all('clear'), exit: 'bad', autonomy: 'vague' }).band.id, '11 of 14').to.equal(
      'ask-for-evidence',
    );
    expect(scoreQuiz(defaultQuiz, { ...all('clear'), exit: 'bad' }).band.id, '12 of 14').to.equal('operator-grade');
  });

  it('lists bad answers first, then gaps, then vague, then clear, keeping quiz order within each', () => {
    const result = scoreQuiz(defaultQuiz, {
      'audit-trail': 'clear',
      'your-data': 'not-asked',
      autonomy: 'vague',
      exit: 'bad',
      incentives: 'not-asked',
      'year-two': 'bad',
      evidence: 'clear',
    });
    expect(result.weakestFirst.map((item) => item.questionId)).to.deep.equal([
      'exit',
      'year-two',
      'your-data',
      'incentives',
      'autonomy',
      'audit-trail',
      'evidence',
    ]);
    expect(result.weakestFirst.map((item) => item.weaknessRank)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    // perQuestion stays in quiz order, carrying each question's rank.
    expect(result.perQuestion.map((item) => item.questionId)).to.deep.equal(defaultQuiz.questions.map((q) => q.id));
    expect(result.perQuestion.find((item) => item.questionId === 'exit')!.weaknessRank).to.equal(1);
  });

  it('ignores answers that name unknown questions or choices', () => {
    const result = scoreQuiz(defaultQuiz, {
      'audit-trail': 'excellent',
      'no-such-question': 'clear',
      'your-data': 'clear',
    });
    expect(result.answered).to.equal(1);
    expect(result.score).to.equal(2);
    expect(result.perQuestion[0]!.choiceId).to.equal(null);
  });

  it('does not read inherited properties as answers', () => {
    const quiz: QuizConfig = {
      ...smallQuiz(),
      questions: [
        {
          id: 'constructor',
          text: 'Is this a trap?',
          choices: [
            { id: 'yes', label: 'Yes', score: 1 },
            { id: 'no', label: 'No', score: 0 },
          ],
        },
      ],
    };
    const result = scoreQuiz(quiz, {});
    expect(result.answered).to.equal(0);
    expect(result.perQuestion[0]!.choiceId).to.equal(null);
    expect(scoreQuiz(quiz, { constructor: 'yes' }).score).to.equal(1);
    // An answers object whose prototype carries answers, as a polluted page could produce.
    const inherited = Object.create({ constructor: 'yes' }) as Record<string, string>;
    expect(scoreQuiz(quiz, inherited).answered).to.equal(0);
  });

  it('weights questions by their own maximum in a custom quiz', () => {
    const quiz: QuizConfig = {
      id: 'weighted',
      title: 'Weighted',
      questions: [
        {
          id: 'big',
          text: 'Matters a lot?',
          choices: [
            { id: 'good', label: 'Good', score: 8 },
            { id: 'poor', label: 'Poor', score: 2 },
          ],
        },
        {
          id: 'small',
          text: 'Matters a little?',
          choices: [
            { id: 'good', label: 'Good', score: 2 },
            { id: 'poor', label: 'Poor', score: 0 },
            { id: 'unknown', label: 'Unknown', score: 0, gap: true },
          ],
        },
      ],
      bands: [
        { id: 'pass', label: 'Pass', minShare: 0.75 },
        { id: 'fail', label: 'Fail', minShare: 0 },
      ],
    };
    const result = scoreQuiz(quiz, { big: 'good', small: 'unknown' });
    expect(result).to.include({ score: 8, max: 10, gaps: 1, complete: true });
    expect(result.band.id).to.equal('pass');
    // A gap (0% of its question) ranks weaker than a poor answer worth 25% of a bigger one.
    const mixed = scoreQuiz(quiz, { big: 'poor', small: 'unknown' });
    expect(mixed.weakestFirst.map((item) => item.questionId)).to.deep.equal(['small', 'big']);
    expect(mixed.band.id).to.equal('fail');
  });
});

describe('answerLevel', () => {
  it('tells best, partial, bad and unknown answers apart', () => {
    const levels = scoreQuiz(defaultQuiz, {
      'audit-trail': 'clear',
      'your-data': 'vague',
      autonomy: 'bad',
      exit: 'not-asked',
    }).perQuestion.map(answerLevel);
    expect(levels).to.deep.equal(['high', 'mid', 'low', 'gap', 'gap', 'gap', 'gap']);
  });
});

describe('changedAnswers', () => {
  it('lists the questions answered differently, in quiz order, with both answers', () => {
    const changes = changedAnswers(
      defaultQuiz,
      { exit: 'bad', autonomy: 'clear', evidence: 'vague' },
      { exit: 'clear', autonomy: 'clear', 'year-two': 'bad' },
    );
    expect(changes.map(({ question, before, after }) => [question.id, before?.id ?? null, after?.id ?? null])).to.deep.equal([
      ['exit', 'bad', 'clear'],
      ['year-two', null, 'bad'],
      ['evidence', 'vague', null],
    ]);
    expect(changedAnswers(defaultQuiz, { exit: 'bad' }, { exit: 'bad', nonsense: 'x' })).to.deep.equal([]);
  });
});
