import type { TagsKey } from '../tags';

/** The Korean of tagsMessages (../tags.ts). */
export const tags: Record<TagsKey, string> = {
  tagsTitle: '태그',
  tagsIntro: '노트 {notes}개에 태그 {tags}개. service/kms 같은 태그는 service 아래에 있습니다.',
  noTags: '아직 태그가 있는 노트가 없습니다. 노트 frontmatter에 tags 목록을 추가하세요.',
  treeLabel: '전체 태그',
  noteCount: '노트 {count}개',
  noteCountOne: '노트 1개',
  tagTitle: '태그: {tag}',
  breadcrumbLabel: '태그 경로',
  allTags: '전체 태그',
  quizThisTag: '이 태그로 문제 풀기',
  tagSummary: '{notes} · {questions}',
  questionCount: '문제 {count}개',
  questionCountOne: '문제 1개',
  noQuestions: '문제 없음',
  readingNote: '읽기 노트: 문제 없음',
  subTags: '하위 태그',
  notesHeading: '노트',
  unknownTag: '“{tag}” 태그가 있는 노트가 없습니다.',
};
