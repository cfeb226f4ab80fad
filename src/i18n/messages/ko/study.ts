import type { StudyKey } from '../study';

/** The Korean of studyMessages (../study.ts). */
export const study: Record<StudyKey, string> = {
  reviewOf: '복습: 복습할 문제 {count}개',
  askTitle: '진행 중인 연습이 있습니다',
  askBody: '“{name}” 연습이 {total}문제 중 {n}번째 문제에 있습니다. 이 연습을 시작하면 그 연습은 닫히고, 지금까지 한 답은 기록에 남습니다.',
  askContinue: '“{name}” 이어서 풀기',
  askStart: '이 연습 시작하기',
  reasonFrom: '노트의 “{heading}”에서',
  reasonLink: '섹션 전체 보기',
  dueLink: '오늘 복습할 문제 ({count})',
  retryTitle: '틀린 문제와 표시한 문제',
  retryWrong: '틀린 문제 다시 풀기 ({count})',
  retryWrongResume: '틀린 문제 이어서 풀기 ({count})',
  retryFlagged: '표시한 문제 풀기 ({count})',
  retryFlaggedResume: '표시한 문제 이어서 풀기 ({count})',
  noneWrong: '다시 풀 틀린 문제가 없습니다. 문제마다 가장 최근 답이 정답입니다.',
  noneFlagged: '표시한 문제가 없습니다. 연습이나 모의고사에서 문제를 표시하면 여기서 다시 풀 수 있습니다.',
};
