import type { ReadingKey } from '../reading';

/** The Korean of readingMessages (../reading.ts). */
export const reading: Record<ReadingKey, string> = {
  outline: '목차',
  outlineLabel: '이 노트의 목차',
  backlinks: '이 노트를 링크한 노트',
  backlinksCount: '노트 {count}개가 이 노트를 링크합니다.',
  backlinksCountOne: '노트 1개가 이 노트를 링크합니다.',
  neighboursLabel: '이전 노트와 다음 노트',
  previous: '이전',
  next: '다음',
  position: '{list}: {total}개 중 {n}번째 노트',
  listDefault: '제목순 전체 노트',
  listAll: '전체 노트',
  listTag: '태그 {tag}',
  listSearch: '“{query}” 검색 결과',
};
