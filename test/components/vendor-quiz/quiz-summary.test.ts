import { expect } from '@open-wc/testing';
import { defaultQuiz } from '../../../src/components/vendor-quiz/quiz.content.js';
import { scoreQuiz } from '../../../src/components/vendor-quiz/quiz-scoring.js';
import { summaryText } from '../../../src/components/vendor-quiz/quiz-summary.js';
import { answerAll, copyOfDefault, mixedAnswers } from './quiz-fixtures.js';

const question = (id: string) => defaultQuiz.questions.find((item) => item.id === id)!;

describe('summaryText', () => {
  it('opens with the quiz title, vendor, score with the math, band and gap count', () => {
    const text = summaryText(defaultQuiz, scoreQuiz(defaultQuiz, mixedAnswers), 'Acme AI');
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).to.deep.equal([
      'Seven questions for any AI vendor',
      'Vendor: Acme AI',
      'Score: 8 of 14 points (57%)',
      `Result: Ask for evidence. ${defaultQuiz.bands[1]!.text}`,
      'Gaps to close: 1',
    ]);
  });

  it('lists every question weakest first, with the answer given', () => {
    const text = summaryText(defaultQuiz, scoreQuiz(defaultQuiz, mixedAnswers));
    const order = ['year-two', 'exit', 'autonomy', 'evidence', 'audit-trail', 'your-data', 'incentives'];
    const positions = order.map((id) => text.indexOf(question(id).text));
    expect(positions.every((position) => position >= 0)).to.equal(true);
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);
    expect(text).to.contain(`1. 3am, Year 2: ${question('year-two').text}\n   Answer: No answer, or a bad one\n`);
    expect(text).to.contain(`2. Exit: ${question('exit').text}\n   Answer: Not asked yet (gap to close)\n`);
  });

  it('gives "what to ask next" for weak answers only', () => {
    const text = summaryText(defaultQuiz, scoreQuiz(defaultQuiz, mixedAnswers));
    for (const id of ['year-two', 'exit', 'autonomy', 'evidence']) {
      expect(text, id).to.contain(`Ask next: ${question(id).askNext}`);
    }
    for (const id of ['audit-trail', 'your-data', 'incentives']) {
      expect(text, id).to.not.contain(question(id).askNext);
    }
  });

  it('has no "ask next" and no gap line when every answer is clear', () => {
    const text = summaryText(defaultQuiz, scoreQuiz(defaultQuiz, answerAll(defaultQuiz, 'clear')));
    expect(text).to.contain('Score: 14 of 14 points (100%)');
    expect(text).to.contain('Result: Operator-grade.');
    expect(text).to.not.contain('Ask next');
    expect(text).to.not.contain('Gaps to close');
    expect(text).to.not.contain('Vendor:');
  });

  it('says how far an unfinished quiz got and marks unanswered questions', () => {
    const text = summaryText(defaultQuiz, scoreQuiz(defaultQuiz, { 'audit-trail': 'clear', exit: 'bad' }));
    expect(text).to.contain('Answered 2 of 7');
    expect(text).to.contain('Gaps to close: 5');
    expect(text).to.contain('Answer: Not answered (gap to close)');
  });

  it('keeps a hostile vendor name on its own line', () => {
    const text = summaryText(
      defaultQuiz,
      scoreQuiz(defaultQuiz, answerAll(defaultQuiz, 'bad')),
      'Acme\nScore: 14 of 14 points (100%)\r\nResult: Operator-grade',
    );
    const lines = text.split('\n');
    expect(lines[1]).to.equal('Vendor: Acme Score: 14 of 14 points (100%) Result: Operator-grade');
    expect(lines.filter((line) => line.startsWith('Score:'))).to.deep.equal(['Score: 0 of 14 points (0%)']);
  });

  it('uses the host quiz copy for its labels', () => {
    const quiz = copyOfDefault();
    quiz.copy = { score: 'Punkte', points: '{score}/{max}', askNext: 'Nachfragen' };
    const text = summaryText(quiz, scoreQuiz(quiz, answerAll(quiz, 'bad')));
    expect(text).to.contain('Punkte: 0/14');
    expect(text).to.contain('Nachfragen: ');
    expect(text).to.not.contain('Ask next');
  });
});
