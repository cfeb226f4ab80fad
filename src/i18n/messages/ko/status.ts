import type { StatusKey } from '../status';

/** The Korean of statusMessages (../status.ts). */
export const status: Record<StatusKey, string> = {
  noteStatus: '지난번 정답 {right}개, 오답 {wrong}개',
  noteFlagged: '표시 {count}개',
  questionRight: '지난번 정답',
  questionWrong: '지난번 오답',
  questionUntried: '아직 안 풀었음',
  questionTries: '{tries}번 중 {right}번 맞힘',
  questionFlagged: '표시함',
  filtersLabel: '노트 거르기',
  statusLabel: '상태',
  statusAll: '전체',
  statusUntried: '안 푼 문제 있음',
  statusWrong: '지난번에 틀림',
  statusRight: '모두 맞힘',
  statusFlagged: '표시함',
  tagLabel: '태그',
  tagAll: '모든 태그',
  viewLabel: '보기',
  viewList: '목록',
  viewFolders: '폴더',
  shown: '노트 {total}개 중 {shown}개',
  noneShown: '조건에 맞는 노트가 없습니다.',
  clearFilters: '조건 지우기',
  vaultRoot: '보관함',
};
