import { defineMessages } from '../types';

/** Strings of the note page's reading aids: outline, backlinks, previous and next note. */
export const readingMessages = defineMessages(
  {
    outline: 'On this page',
    outlineLabel: 'Outline of this note',
    backlinks: 'Notes that link here',
    backlinksCount: '{count} notes link to this note.',
    backlinksCountOne: '1 note links to this note.',
    neighboursLabel: 'Previous and next note',
    previous: 'Previous',
    next: 'Next',
    position: 'Note {n} of {total} in {list}',
    listDefault: 'all notes, by title',
    listAll: 'all notes',
    listTag: 'the tag {tag}',
    listSearch: 'the search for “{query}”',
  },
  {
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
  },
);
