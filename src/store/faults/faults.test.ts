import { addFigure, emptyFigure } from './fault-figure';
import { corruptAtEverySize, crashBetweenWrites, quotaAtEveryWrite } from './storage-faults';
import { tabsInterleaving, updateMidExam } from './tab-faults';

// The suite's figure, summed over every scenario and printed once: recovered must equal written.
const total = emptyFigure();

afterAll(() => {
  console.log(`fault injection: ${total.actions} actions tried, ${total.written} answers written, ${total.recovered} answers recovered`);
  expect(total.recovered).toBe(total.written);
});

describe('fault injection', () => {
  test.each([
    ['a full quota at every write, once and for good', quotaAtEveryWrite],
    ['a crash (page closed) between any two writes', crashBetweenWrites],
    ['corrupt values of every size and shape, with and without room or IndexedDB', corruptAtEverySize],
    ['two and three tabs interleaving every action', () => tabsInterleaving()],
    ['a service-worker update in the middle of an exam', updateMidExam],
  ])('%s', async (_, scenario) => {
    const figure = await scenario();
    addFigure(total, figure);
    expect(figure.written).toBeGreaterThan(0);
    expect(figure.recovered).toBe(figure.written);
  });
});
