import { defineMessages } from '../types';

/** Strings of the Settings list of saved progress whose question could not be found again. */
export const orphanMessages = defineMessages(
  {
    title: 'Progress without a question',
    intro: 'These questions are gone from the notes, or changed too much to be recognised. Their answers stay saved but count nowhere; put the question back as it was and they return.',
    unknownStem: 'Question {id}',
    details: 'note {slug} · {count} answers',
    detailsOne: 'note {slug} · 1 answer',
    flagged: 'flagged',
  },
  {
    title: '문제를 찾지 못한 기록',
    intro: '노트에서 사라졌거나 너무 많이 바뀌어 알아볼 수 없는 문제입니다. 답안 기록은 그대로 저장되어 있지만 어디에도 세지 않습니다. 문제를 원래대로 되돌리면 기록도 돌아옵니다.',
    unknownStem: '문제 {id}',
    details: '노트 {slug} · 답안 {count}개',
    detailsOne: '노트 {slug} · 답안 1개',
    flagged: '표시함',
  },
);
