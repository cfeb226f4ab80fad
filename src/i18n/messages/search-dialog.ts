import { defineMessages } from '../types';

/**
 * Strings of the search dialog, in both languages: they load with the dialog, never with a page's first
 * scripts (the header's button has its own, search.ts).
 */
export const searchDialogMessages = defineMessages(
  {
    dialogLabel: 'Search notes',
    inputLabel: 'Search notes',
    placeholder: 'Titles, text, questions… e.g. KMS, 암호화',
    resultsLabel: 'Search results',
    loading: 'Loading the search index…',
    loadFailed: 'The search index could not be loaded ({reason}).',
    searchFailed: 'Search stopped working ({reason}). Try again to restart it.',
    retry: 'Try again',
    noResults: 'No notes match {query}.',
    resultOne: '1 note found.',
    resultMany: '{count} notes found.',
    moreResults: 'More than {count} notes found; showing the first {count}. Type more words to narrow the search, or show them all.',
    showAll: 'Show all results',
    hint: '↑ ↓ to move, Enter to open, Esc to close',
    close: 'Close search',
    tags: 'Tags: {tags}',
  },
  {
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
  },
);
