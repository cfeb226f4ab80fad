/**
 * Normalised terms of English and Korean text, for matching an answer option to the boxes of a flow:
 * case, punctuation, Korean particles, plural "s" and common synonyms do not matter.
 */

const STOP = new Set([
  'a', 'an', 'the', 'to', 'of', 'in', 'on', 'for', 'with', 'and', 'or', 'by', 'from', 'that', 'this', 'those',
  'these', 'it', 'its', 'is', 'are', 'be', 'been', 'as', 'at', 'into', 'so', 'can', 'should', 'would', 'will',
  'same', 'all', 'any', 'each', 'use', 'used', 'using', 'via', 'amazon', 'aws', 'data', 'not', 'no', 'than',
  '데이터', '및', '등', '통해', '위한', '사용', '수', '것', '있는', '없는', '모든', '대한', '경우', '또는',
]);

// Words that name no particular box: they break ties between boxes but never light one on their own.
const GENERIC = new Set([
  'role', 'permission', 'access', 'service', 'instance', 'resource', 'user', 'account', 'setting', 'configure',
  'configuration', 'create', 'enable', 'manage', 'management', 'system', 'request', 'response',
  'solution', 'option', 'feature', 'job', 'new', 'custom', 'default', 'type', 'step', 'result', 'input', 'output',
  '서비스', '설정', '생성', '관리', '사용자', '기능', '요청', '응답', '결과', '단계', '시스템',
]);

/** Whether a normalised term is a generic word that names no particular box ("role", "권한"). */
export function isGeneric(term: string): boolean {
  return GENERIC.has(term);
}

// Longest first, so "에서" goes before "에".
const PARTICLES = [
  '에서는', '으로는', '에서', '으로', '로는', '에게', '까지', '부터', '처럼', '보다', '이나', '하는', '되는', '하여',
  '해서', '하고', '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '도', '만', '된', '한', '할',
];

const SYNONYMS: Record<string, string> = {
  역할: 'role', 롤: 'role', 권한: 'permission', 허가: 'permission', 정책: 'policy', 키: 'key',
  암호화: 'encrypt', encryption: 'encrypt', encrypted: 'encrypt', 버킷: 'bucket', 노트북: 'notebook',
  업로드: 'upload', 저장: 'store', storage: 'store', stored: 'store', 엔드포인트: 'endpoint', 모델: 'model',
  학습: 'train', 훈련: 'train', training: 'train', trained: 'train', 배포: 'deploy', deployment: 'deploy',
  deployed: 'deploy', 추론: 'inference', 스트림: 'stream', streaming: 'stream', 쿼리: 'query', 크롤러: 'crawler',
  카탈로그: 'catalog', 실행: 'execution', execute: 'execution', 읽기: 'read', reading: 'read', 접근: 'access',
  보안: 'security', 그룹: 'group', 네트워크: 'network', 트래픽: 'traffic', 인스턴스: 'instance', 복호화: 'decrypt',
  decryption: 'decrypt', 데이터셋: 'dataset', 알림: 'notification', 모니터링: 'monitor', monitoring: 'monitor', 서비스: 'service', 결과: 'result', save: 'store', saved: 'store', saving: 'store', 출력: 'output', 입력: 'input', 사용자: 'user', 설정: 'configure', setting: 'configure', config: 'configure', 요청: 'request', 관리: 'manage', managed: 'manage', 생성: 'create',
  전처리: 'preprocess', preprocessing: 'preprocess', 변환: 'transform', transformation: 'transform',
};

function stem(word: string): string {
  if (/^[a-z]+$/.test(word) && word.length > 3) {
    if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
    if (word.endsWith('sses')) return word.slice(0, -2);
    if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
    return word;
  }
  if (/^[\p{Script=Hangul}]+$/u.test(word)) {
    const particle = PARTICLES.find((p) => word.endsWith(p) && word.length - p.length >= 2);
    return particle ? word.slice(0, -particle.length) : word;
  }
  return word;
}

/** The set of normalised terms of a text: lower-cased words, stemmed, particles stripped, synonyms unified. */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  // Split at anything but letters and digits, and where Latin or digits meet Hangul ("S3에서" → "s3", "에서").
  const words = text.normalize('NFKC').toLowerCase().match(/\p{Script=Hangul}+|(?:(?!\p{Script=Hangul})[\p{L}\p{N}])+/gu) ?? [];
  for (const raw of words) {
    if (STOP.has(raw)) continue;
    const word = stem(raw);
    // A lone Latin letter is the tail of "notebook's" or a list marker, never a name.
    if (word === '' || STOP.has(word) || PARTICLES.includes(word) || /^[a-z]$/.test(word)) continue;
    terms.add(SYNONYMS[word] ?? word);
  }
  return terms;
}
