import { DIAGNOSTIC_MESSAGES } from '../../content/diagnostic';
import { defineMessages } from '../types';

/** The content problems a note page lists, by diagnostic code; `{name|을/를}` picks the Korean particle. */
export const diagnosticMessages = defineMessages(
  { ...DIAGNOSTIC_MESSAGES },
  {
    'frontmatter-unclosed': '"---"로 시작한 프런트매터가 닫히지 않았습니다',
    'frontmatter-broken': '프런트매터 YAML이 잘못되었습니다: {detail}',
    'frontmatter-not-mapping': '프런트매터가 YAML 매핑(키: 값 목록)이 아닙니다',
    'parse-failed': '이 노트를 읽지 못해({reason}) 원문 그대로 보여 줍니다',
    'slug-duplicate': '{file|은/는} {other|과/와} 주소가 같아 {slug|으로/로} 제공됩니다',
    'slug-shortened': '파일 이름이 {bytes}바이트로 빌드 파일 이름에 담기에 너무 길어 {slug|으로/로} 제공됩니다',
    'tag-too-deep': '태그 "{tag}"의 단계가 {depth}개라 앞의 {max}단계만 씁니다',
    'tag-too-long': '태그 "{tag}"의 길이가 {length}자라 앞의 {max}자만 씁니다',
    'option-repeated': '옵션 {label|이/가} 두 번 이상 나옵니다. 처음 것만 씁니다',
    'stem-missing': '문제에 지문이 없습니다',
    'options-missing': '문제에 선택지가 없습니다("A) ..." 같은 줄이 필요합니다)',
    'answer-missing': '문제에 정답 줄이 없습니다("**정답: C) ...**" 형식)',
    'answer-names-no-option': '정답 줄이 어느 옵션도 가리키지 않습니다: "{text}"',
    'answer-not-an-option': '정답 {label|은/는} 선택지({options})에 없습니다',
    'answer-count-unstated': '정답이 {count}개인데 지문에 몇 개를 고르라는 말이 없습니다',
    'wrong-option-unexplained': '오답 옵션 {label}에 설명이 없습니다',
    'explanation-unknown-option': '설명이 문제에 없는 옵션 {label|을/를} 가리킵니다',
    'link-broken': '깨진 링크: 보관소에 "{target}" 노트가 없습니다',
    'embed-note-broken': '깨진 임베드: 보관소에 "{target}" 노트가 없습니다',
    'embed-file-broken': '깨진 임베드: 보관소에 "{target}" 파일이 없습니다',
    'diagram-unread': '흐름도를 그리지 못해({reason}) 원문 그대로 보여 줍니다',
  },
);
