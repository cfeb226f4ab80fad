/**
 * Scenario words for synthetic notes: use cases, constraints, problem kinds and sentence frames.
 * Written for this generator; each entry carries its tag so tags overlap across notes as in a real vault.
 */

/** Something a business wants, in Korean and in English. */
export interface UseCaseWords {
  tag: string;
  ko: string;
  /** Completes "wants to ...". */
  en: string;
}

/** A requirement that decides between otherwise valid answers. */
export interface ConstraintWords {
  tag: string;
  /** Completes "...해야 하는 경우". */
  ko: string;
  /** Completes "The solution must ...". */
  en: string;
  /** Short form used in titles. */
  short: string;
}

/** Business use cases. */
export const USE_CASES: readonly UseCaseWords[] = [
  { tag: 'fraud-detection', ko: '카드 거래 사기 탐지', en: 'flag fraudulent card transactions' },
  { tag: 'churn-prediction', ko: '고객 이탈 예측', en: 'predict which subscribers will cancel next month' },
  { tag: 'demand-forecast', ko: '매장별 수요 예측', en: 'forecast daily demand for each store' },
  { tag: 'document-processing', ko: '계약서 문서 분류', en: 'classify incoming contract documents' },
  { tag: 'recommendation', ko: '상품 추천', en: 'recommend products on the home page' },
  { tag: 'predictive-maintenance', ko: '설비 고장 예지 보전', en: 'predict equipment failures from sensor data' },
  { tag: 'sentiment-analysis', ko: '리뷰 감정 분석', en: 'measure the sentiment of customer reviews' },
  { tag: 'image-inspection', ko: '제조 불량 이미지 검사', en: 'find defects in images of manufactured parts' },
];

/** Constraints. */
export const CONSTRAINTS: readonly ConstraintWords[] = [
  { tag: 'low-latency', ko: '응답이 50밀리초 안에 와야 하는', en: 'return each prediction within 50 milliseconds', short: 'lowlatency' },
  { tag: 'cost-sensitive', ko: '비용을 최소로 줄여야 하는', en: 'minimize cost', short: 'lowcost' },
  { tag: 'least-operations', ko: '운영 부담을 가장 적게 해야 하는', en: 'require the LEAST operational overhead', short: 'lowops' },
  { tag: 'no-internet', ko: '인터넷 접근 없이 처리해야 하는', en: 'keep all traffic off the public internet', short: 'private' },
  { tag: 'high-volume', ko: '하루 수억 건을 처리해야 하는', en: 'handle hundreds of millions of records per day', short: 'highvolume' },
  { tag: 'batch', ko: '밤사이 한 번에 처리하면 되는', en: 'produce results once per night', short: 'batch' },
  { tag: 'imbalanced-data', ko: '양성 비율이 1% 미만인 데이터를 다뤄야 하는', en: 'cope with a positive class rate below 1%', short: 'imbalanced' },
];

/** Problem kinds, used as "problem/<tag>" tags. */
export const PROBLEMS: readonly string[] = ['classification', 'regression', 'forecasting', 'anomaly', 'nlp', 'computer-vision'];

/** Who asks the question. */
export const ACTORS: readonly string[] = [
  'A retail company', 'A hospital network', 'A payments startup', 'A logistics company',
  'A Machine Learning Specialist', 'A data science team', 'A media streaming service', 'An insurance company',
];

/** Korean paragraph frames; {service}, {ko}, {usecase}, {constraint}, {strength}, {weakness} are filled in ("{service:은/는}" adds a particle). */
export const KO_FRAMES: readonly string[] = [
  '{service:은/는} {ko}. {usecase} 같은 작업에서는 이 특성 덕분에 설계가 단순해진다.',
  '{constraint} 상황이라면 {service}의 장점("{strength}")이 결정적이다. 반대로 약점("{weakness}")은 미리 계획해 두어야 한다.',
  '실무에서는 {usecase} 파이프라인의 한 단계로 {service:을/를} 두고, 앞뒤 단계와의 데이터 형식을 먼저 맞춘다.',
  '시험 문제는 보통 여러 서비스가 모두 "동작은 하는" 선택지를 준다. 그중 {constraint} 조건을 가장 잘 만족하는 것이 정답이다.',
  '{service:을/를} 고를 때는 데이터 크기, 응답 시간, 운영 인력 세 가지를 함께 본다. 한 가지만 보면 과한 구성이 되기 쉽다.',
  '비용을 추정할 때는 {service}의 과금 단위를 먼저 확인한다. 같은 작업이라도 과금 단위에 따라 비용이 몇 배씩 달라진다.',
];

/** English stem frames; {actor}, {usecase}, {constraint}, {service} are filled in. */
export const EN_FRAMES: readonly string[] = [
  '{actor} wants to {usecase}. The data already lands in Amazon S3 every hour. The solution must {constraint}. Which solution meets these requirements?',
  '{actor} is building a pipeline to {usecase} and has chosen {service} for one stage. The solution must {constraint}. What should the team do?',
  '{actor} needs to {usecase}. A prototype works on a laptop, but the production system must {constraint}. Which approach should be used?',
];

/** Verbs that open an option. */
export const OPTION_VERBS: readonly string[] = ['Use', 'Configure', 'Deploy', 'Set up', 'Adopt'];

/** Korean reasons a wrong option fails, with {service} and {weakness} filled in. */
export const WRONG_REASONS: readonly string[] = [
  '{service}의 한계("{weakness}") 때문에 이 조건에 맞지 않는다',
  '동작은 하지만 {service:을/를} 직접 운영해야 해서 요구사항보다 부담이 크다',
  '{service}만으로는 문제에서 요구한 처리 단계를 채우지 못한다',
  '{weakness}: 문제의 제약과 정면으로 충돌한다',
];

/** Korean reasons a right option works, with {service} and {strength} filled in. */
export const RIGHT_REASONS: readonly string[] = [
  '정답. {service:은/는} {strength} 덕분에 조건을 그대로 만족한다',
  '정답. {strength}: 요구사항에 가장 직접적으로 들어맞는다',
];
