import { defineMessages } from '../types';

/** Strings of finished exams: the list of past exams, the "time's up" notice and the results by tag. */
export const examsMessages = defineMessages(
  {
    pastTitle: 'Past exams ({count})',
    pastEmpty: 'No exam taken yet: the results of each exam you take are kept here.',
    pastScope: 'Questions from: {scope}',
    pastScopeUnknown: 'Questions from: not recorded',
    pastScore: '{scaled} of 1000 · {correct} of {total} correct',
    pastTime: 'Time taken: {time}',
    pastTimedOut: 'time ran out',
    pastOpen: 'Exam of {date}, {verdict}',
    allPastExams: 'All past exams',
    timeUpTitle: 'Time’s up',
    timeUpBody: 'The exam was submitted when time ran out; questions left unanswered count as wrong.',
    byTagTitle: 'Results by tag',
    byTagGroup: '{group} ({count} tags)',
    byTagLowest: 'lowest {percentage}%',
  },
  {
    pastTitle: '지난 모의고사 ({count}회)',
    pastEmpty: '아직 본 모의고사가 없습니다. 모의고사를 보면 결과가 여기에 남습니다.',
    pastScope: '출제 범위: {scope}',
    pastScopeUnknown: '출제 범위: 기록 없음',
    pastScore: '{scaled}점 · {total}문제 중 {correct}문제 정답',
    pastTime: '걸린 시간: {time}',
    pastTimedOut: '시간 종료',
    pastOpen: '{date} 모의고사, {verdict}',
    allPastExams: '지난 모의고사 모두 보기',
    timeUpTitle: '시간이 끝났습니다',
    timeUpBody: '제한 시간이 끝나 시험이 자동으로 제출되었습니다. 답하지 않은 문제는 오답으로 처리됩니다.',
    byTagTitle: '태그별 결과',
    byTagGroup: '{group} (태그 {count}개)',
    byTagLowest: '최저 {percentage}%',
  },
);
