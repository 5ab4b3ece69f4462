import { expect } from '@open-wc/testing';
import { fillCopy } from '../../../src/core/format.js';
import { defaultCopy, defaultQuiz, quizCopy } from '../../../src/components/vendor-quiz/quiz.content.js';
import { COPY_KEYS } from '../../../src/components/vendor-quiz/quiz-schema.js';
import { copyOfDefault } from './quiz-fixtures.js';

describe('default quiz content', () => {
  it('asks one question per theme of the brief, in its order', () => {
    expect(defaultQuiz.questions.map((question) => question.theme)).to.deep.equal([
      'Audit trail',
      'Your data',
      'Autonomy',
      'Exit',
      'Incentives',
      '3am, Year 2',
      'Evidence',
    ]);
  });

  it('explains every question and says what to ask next', () => {
    for (const question of defaultQuiz.questions) {
      expect(question.text, question.id).to.match(/\?$/);
      for (const field of ['why', 'good', 'askNext'] as const) {
        expect(question[field], `${question.id}.${field}`).to.be.a('string').and.have.length.greaterThan(40);
      }
    }
  });

  it('offers the four ways a vendor can have answered, with only "not asked yet" as a gap', () => {
    for (const question of defaultQuiz.questions) {
      expect(question.choices.map((choice) => [choice.id, choice.score, choice.gap === true])).to.deep.equal([
        ['clear', 2, false],
        ['vague', 1, false],
        ['bad', 0, false],
        ['not-asked', 0, true],
      ]);
    }
  });

  it('keeps the default text small enough for the bundle budget', () => {
    let characters = 0;
    const count = (value: unknown): void => {
      if (typeof value === 'string') characters += value.length;
      else if (value && typeof value === 'object') Object.values(value).forEach(count);
    };
    // The four choices are one shared array in the module, so count them once.
    count({ ...defaultQuiz, questions: defaultQuiz.questions.map(({ choices: _choices, ...rest }) => rest) });
    count(defaultQuiz.questions[0]!.choices);
    count(defaultCopy);
    expect(characters).to.be.lessThan(4600);
  });
});

describe('quizCopy and fillCopy', () => {
  it('has a default for every copy key', () => {
    expect(Object.keys(defaultCopy).sort()).to.deep.equal([...COPY_KEYS].sort());
  });

  it('lets a quiz override some strings and keeps the defaults for the rest', () => {
    const quiz = copyOfDefault();
    quiz.copy = { next: 'Weiter', back: undefined };
    const copy = quizCopy(quiz);
    expect(copy.next).to.equal('Weiter');
    expect(copy.back).to.equal('Back');
    expect(quizCopy(defaultQuiz)).to.deep.equal(defaultCopy);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillCopy('Question {current} of {total}', { current: 3, total: 7 })).to.equal('Question 3 of 7');
    expect(fillCopy('{score} of {max} {unknown}', { score: 0, max: 14 })).to.equal('0 of 14 {unknown}');
    expect(fillCopy('{constructor}', {})).to.equal('{constructor}');
  });
});
