import type { AppKey } from '../app';

/** The Korean of appMessages (../app.ts). */
export const app: Record<AppKey, string> = {
  skipToContent: '본문으로 건너뛰기',
  navLabel: '주 메뉴',
  menu: '메뉴',
  navHome: '노트',
  navTags: '태그',
  navExam: '시험',
  navReview: '복습',
  navProgress: '진행 상황',
  navSettings: '설정',
  switchLanguage: 'English',
  switchLanguageLabel: '인터페이스를 영어로 바꾸기',
  themeToggleToDark: '어두운 테마 사용',
  themeToggleToLight: '밝은 테마 사용',
  notFoundTitle: '페이지를 찾을 수 없습니다',
  noteNotFoundTitle: '노트를 찾을 수 없습니다',
  notFoundBody: '{path} 에는 아무것도 없습니다. 노트 이름이 바뀌었거나 삭제되었을 수 있습니다.',
  backHome: '전체 노트로 돌아가기',
  errorTitle: '이 페이지에서 문제가 생겼습니다',
  errorBody: 'examflow의 다른 부분은 그대로 동작하며 학습 기록도 안전합니다.',
  errorDetails: '기술 정보',
  tryAgain: '다시 시도',
  routeChanged: '{title} 페이지를 열었습니다',
  footer: 'examflow는 오프라인에서도 동작합니다. 학습 기록은 이 브라우저에만 저장됩니다.',
  updatesRegion: '앱 업데이트',
};
