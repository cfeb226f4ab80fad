import { generateQuestion, LABEL_STYLES, type GeneratedQuestion } from './question';
import { createRandom } from './random';
import { SERVICES } from './words-services';

const TOPIC = { usecase: 'flag fraudulent card transactions', constraint: 'minimize cost', lead: 'Amazon SageMaker', services: SERVICES };

function many(english: boolean, count = 300): GeneratedQuestion[] {
  const random = createRandom(`questions-${english}`);
  return Array.from({ length: count }, () => generateQuestion(TOPIC, english, random));
}

const optionLines = (markdown: string): string[] => markdown.split('\n').filter((line) => /^- [A-F]\) /.test(line));

describe('generateQuestion', () => {
  test.each([false, true])('options are A.. in order, 4 to 6 of them, and the answer is among them (english %s)', (english) => {
    for (const question of many(english)) {
      expect(question.labels.length).toBeGreaterThanOrEqual(4);
      expect(question.labels.length).toBeLessThanOrEqual(6);
      expect(optionLines(question.markdown).map((line) => line[2])).toEqual(question.labels);
      for (const label of question.answer) expect(question.labels).toContain(label);
      expect(question.answer).toEqual([...question.answer].sort());
    }
  });

  test('a multi-answer stem says how many to select and the answer line lists them', () => {
    const multi = many(false).filter((question) => question.answer.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const question of multi) {
      const word = question.answer.length === 2 ? 'TWO' : 'THREE';
      expect(question.markdown).toContain(`(Select ${word}.)`);
      expect(question.markdown).toContain(`**정답: ${question.answer.join(', ')}) `);
    }
  });

  test('a single-answer Korean question repeats the right option text on the answer line', () => {
    for (const question of many(false).filter((q) => q.answer.length === 1)) {
      const label = question.answer[0] ?? '';
      const optionText = optionLines(question.markdown).find((line) => line[2] === label)?.slice(5) ?? '';
      expect(question.markdown).toContain(`**정답: ${label}) ${optionText}**`);
      expect(question.markdown).not.toContain('(Select');
    }
  });

  test('an English question uses "**Answer: X**" and explains every option', () => {
    for (const question of many(true, 100)) {
      expect(question.markdown).toContain(`**Answer: ${question.answer.join(', ')}**`);
      expect(question.markdown).toContain('💡 Explanations:');
      const bullets = question.markdown.split('\n').filter((line) => line.startsWith('- **'));
      expect(bullets).toHaveLength(question.labels.length);
    }
  });

  test('every wrong option has an explanation bullet naming it in the note\'s label style', () => {
    const patterns: Record<string, (label: string) => RegExp> = {
      beon: (l) => new RegExp(`^- \\*\\*${l}번\\*\\* - `, 'm'),
      option: (l) => new RegExp(`^- \\*\\*Option ${l}\\*\\* - `, 'm'),
      'option-named': (l) => new RegExp(`^- \\*\\*Option ${l} \\([^)]+\\)\\*\\* - `, 'm'),
      okseon: (l) => new RegExp(`^- \\*\\*옵션 ${l}\\*\\* - `, 'm'),
      bracket: (l) => new RegExp(`^- \\*\\*\\[오답 옵션 ${l}\\]\\*\\* - `, 'm'),
      'service-letter': (l) => new RegExp(`^- \\*\\*[^*]+ \\(${l}\\)\\*\\* - `, 'm'),
    };
    const questions = many(false);
    expect(new Set(questions.map((q) => q.labelStyle))).toEqual(new Set(LABEL_STYLES));
    for (const question of questions) {
      for (const label of question.labels.filter((l) => !question.answer.includes(l))) {
        expect(question.markdown).toMatch(patterns[question.labelStyle]?.(label) ?? /$^/);
      }
    }
  });
});
