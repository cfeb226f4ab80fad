import type { SearchKey } from '../search';

/** The Korean of searchMessages (../search.ts). */
export const search: Record<SearchKey, string> = {
  openSearch: '검색',
  openSearchLabel: '노트 검색',
  dialogLabel: '노트 검색',
  inputLabel: '노트 검색',
  placeholder: '제목, 본문, 문제… 예: KMS, 암호화',
  resultsLabel: '검색 결과',
  loading: '검색 색인을 불러오는 중…',
  loadFailed: '검색 색인을 불러오지 못했습니다 ({reason}).',
  searchFailed: '검색이 멈췄습니다 ({reason}). 다시 시도하면 검색을 새로 시작합니다.',
  retry: '다시 시도',
  noResults: '{query|과/와} 일치하는 노트가 없습니다.',
  resultOne: '노트 1개를 찾았습니다.',
  resultMany: '노트 {count}개를 찾았습니다.',
  moreResults: '노트가 {count}개보다 많습니다. 처음 {count}개만 보여 줍니다. 단어를 더 입력해 좁히거나 모두 보세요.',
  showAll: '결과 모두 보기',
  hint: '↑ ↓ 이동, Enter 열기, Esc 닫기',
  close: '검색 닫기',
  tags: '태그: {tags}',
};
