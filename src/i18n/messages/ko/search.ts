import type { SearchKey } from '../search';

/** The Korean of searchMessages (../search.ts). */
export const search: Record<SearchKey, string> = {
  openSearch: '검색',
  openSearchLabel: '노트 검색',
};
