import { testShapes, type Shape } from '../../test/shape-cases';

// The shapes of the shared diagram-cases list, one fixture each: the reader must read them by the rule
// behind the shape (see the comment on each), never by their words.
const snakes: Shape[] = [
  {
    name: 'a row on a vertical spine goes on from the row\'s last box',
    block: ['주문 접수 → API Gateway', '    ↓', 'Lambda 검증 함수', '    ↓', 'DynamoDB 기록 → Streams 이벤트', '    ↓', 'SQS 대기열 → 배치 처리 워커'],
    nodes: ['주문 접수', 'API Gateway', 'Lambda 검증 함수', 'DynamoDB 기록', 'Streams 이벤트', 'SQS 대기열', '배치 처리 워커'],
    edges: [
      'API Gateway -> Lambda 검증 함수', 'DynamoDB 기록 -> Streams 이벤트', 'Lambda 검증 함수 -> DynamoDB 기록',
      'SQS 대기열 -> 배치 처리 워커', 'Streams 이벤트 -> SQS 대기열', '주문 접수 -> API Gateway',
    ],
  },
  {
    name: 'a snake of three-box rows',
    block: ['Athena 쿼리 → 결과 CSV → QuickSight 데이터셋', '    ↓', '대시보드 새로고침 → 사용자 알림', '    ↓', 'CloudWatch 지표 기록'],
    nodes: ['Athena 쿼리', '결과 CSV', 'QuickSight 데이터셋', '대시보드 새로고침', '사용자 알림', 'CloudWatch 지표 기록'],
    edges: [
      'Athena 쿼리 -> 결과 CSV', 'QuickSight 데이터셋 -> 대시보드 새로고침', '결과 CSV -> QuickSight 데이터셋',
      '대시보드 새로고침 -> 사용자 알림', '사용자 알림 -> CloudWatch 지표 기록',
    ],
  },
  {
    name: 'an arrow under a middle box is a branch from that box',
    block: ['[CloudFront] → [ALB] → [ECS 서비스]', '                 ↓', '              [WAF 로그]'],
    nodes: ['CloudFront', 'ALB', 'ECS 서비스', 'WAF 로그'],
    edges: ['ALB -> ECS 서비스', 'ALB -> WAF 로그', 'CloudFront -> ALB'],
  },
];

const rows: Shape[] = [
  {
    name: 'stacked one-line rows are separate rows',
    block: ['Tier 1 (Hot)     → ElastiCache, DynamoDB DAX', 'Tier 2 (Warm)    → Aurora, RDS Proxy', 'Tier 3 (Cold)    → S3 Standard-IA', 'Tier 4 (Archive) → S3 Glacier Deep Archive'],
    nodes: ['Tier 1 (Hot)', 'ElastiCache, DynamoDB DAX', 'Tier 2 (Warm)', 'Aurora, RDS Proxy', 'Tier 3 (Cold)', 'S3 Standard-IA', 'Tier 4 (Archive)', 'S3 Glacier Deep Archive'],
    edges: ['Tier 1 (Hot) -> ElastiCache, DynamoDB DAX', 'Tier 2 (Warm) -> Aurora, RDS Proxy', 'Tier 3 (Cold) -> S3 Standard-IA', 'Tier 4 (Archive) -> S3 Glacier Deep Archive'],
  },
  {
    name: 'stacked rows naming the same box share it',
    block: ['Reader A (서울 리전)  ← Aurora Global DB', 'Reader B (오레곤 리전) ← Aurora Global DB'],
    nodes: ['Reader A (서울 리전)', 'Aurora Global DB', 'Reader B (오레곤 리전)'],
    edges: ['Aurora Global DB -> Reader A (서울 리전)', 'Aurora Global DB -> Reader B (오레곤 리전)'],
  },
  {
    name: 'a note on an arrow line belongs to the box it points at',
    block: ['Fargate 작업 정의', '    ↓', 'vCPU 할당 ← 0.25 vCPU = 512MB', '    ↓       ← 4 vCPU = 8GB', '메모리 할당 (vCPU 비례)', '    ↓', '작업 실행'],
    nodes: ['Fargate 작업 정의', 'vCPU 할당', '0.25 vCPU = 512MB', '4 vCPU = 8GB', '메모리 할당 (vCPU 비례)', '작업 실행'],
    edges: [
      '0.25 vCPU = 512MB -> vCPU 할당', '4 vCPU = 8GB -> vCPU 할당', 'Fargate 작업 정의 -> vCPU 할당',
      'vCPU 할당 -> 메모리 할당 (vCPU 비례)', '메모리 할당 (vCPU 비례) -> 작업 실행',
    ],
  },
  {
    name: 'a "+" line joins the boxes above and below it; it is part of neither',
    block: ['Route 53 헬스 체크', '        ↓', 'Primary 엔드포인트 (서울) ← ALB 1', '        +', 'Secondary 엔드포인트 (버지니아) ← ALB 2', '        ↓', '장애 조치 완료'],
    nodes: ['Route 53 헬스 체크', 'Primary 엔드포인트 (서울)', 'ALB 1', 'Secondary 엔드포인트 (버지니아)', 'ALB 2', '장애 조치 완료'],
    edges: [
      'ALB 1 -> Primary 엔드포인트 (서울)', 'ALB 2 -> Secondary 엔드포인트 (버지니아)',
      'Primary 엔드포인트 (서울) -> 장애 조치 완료', 'Route 53 헬스 체크 -> Primary 엔드포인트 (서울)',
      'Route 53 헬스 체크 -> Secondary 엔드포인트 (버지니아)', 'Secondary 엔드포인트 (버지니아) -> 장애 조치 완료',
    ],
  },
  {
    name: 'an "또는" line separates two chains',
    block: ['개발자 → CodeCommit 푸시 → CodeBuild', '또는', '개발자 → GitHub 푸시 → CodePipeline 웹훅'],
    nodes: ['개발자', 'CodeCommit 푸시', 'CodeBuild', '개발자', 'GitHub 푸시', 'CodePipeline 웹훅'],
    edges: ['CodeCommit 푸시 -> CodeBuild', 'GitHub 푸시 -> CodePipeline 웹훅', '개발자 -> CodeCommit 푸시', '개발자 -> GitHub 푸시'],
    titles: ['또는'],
  },
  {
    name: 'numbered lines are one box each, in order',
    block: ['1. Kinesis 샤드 한도 도달', '2. ProvisionedThroughputExceeded 발생', '3. 생산자 재시도 → 지연 증가'],
    nodes: ['1. Kinesis 샤드 한도 도달', '2. ProvisionedThroughputExceeded 발생', '3. 생산자 재시도', '지연 증가'],
    edges: ['1. Kinesis 샤드 한도 도달 -> 2. ProvisionedThroughputExceeded 발생', '2. ProvisionedThroughputExceeded 발생 -> 3. 생산자 재시도', '3. 생산자 재시도 -> 지연 증가'],
  },
  {
    name: 'diagonal feeders join the box their arrow points at',
    block: ['주문 이벤트 → Kinesis Data Streams → Lambda 집계', '결제 이벤트 ↗                          ↓', '재고 이벤트 ↗                   DynamoDB 집계 테이블'],
    nodes: ['주문 이벤트', 'Kinesis Data Streams', 'Lambda 집계', '결제 이벤트', '재고 이벤트', 'DynamoDB 집계 테이블'],
    edges: [
      'Kinesis Data Streams -> Lambda 집계', 'Lambda 집계 -> DynamoDB 집계 테이블', '결제 이벤트 -> Kinesis Data Streams',
      '재고 이벤트 -> Kinesis Data Streams', '주문 이벤트 -> Kinesis Data Streams',
    ],
  },
  {
    name: 'a two-headed labelled arrow is an edge each way',
    block: ['모바일 앱 ←GraphQL→ AppSync ←Resolver→ Aurora Serverless', '                      ↓', '               Cognito 사용자 풀'],
    nodes: ['모바일 앱', 'AppSync', 'Aurora Serverless', 'Cognito 사용자 풀'],
    edges: [
      'AppSync -> Aurora Serverless [Resolver]', 'AppSync -> Cognito 사용자 풀', 'AppSync -> 모바일 앱 [GraphQL]',
      'Aurora Serverless -> AppSync [Resolver]', '모바일 앱 -> AppSync [GraphQL]',
    ],
  },
];

// Boxes are found by their corners, never by a straight wall: Hangul makes right walls ragged in both
// column counts. A box's text is one node (an arrow inside its text is text); a box framing a drawing is
// a group; words right over a box title it; words beside a box annotate it.
const boxes: Shape[] = [
  {
    name: 'titled boxes side by side, ragged Hangul walls, an arrow inside a box\'s text',
    block: [
      '요청 분류',
      '    ↓',
      '┌─── 동기 처리 ────┐    ┌─── 비동기 처리 ────┐',
      '│  API Gateway   │    │  SQS → Lambda    │',
      '│  즉시 응답      │    │  재시도 3회       │',
      '└────────────────┘    └──────────────────┘',
      '    ↓                       ↓',
      '결과 저장 (DynamoDB)',
    ],
    nodes: ['요청 분류', '동기 처리: API Gateway 즉시 응답', '비동기 처리: SQS → Lambda 재시도 3회', '결과 저장 (DynamoDB)'],
    edges: [
      '동기 처리: API Gateway 즉시 응답 -> 결과 저장 (DynamoDB)', '비동기 처리: SQS → Lambda 재시도 3회 -> 결과 저장 (DynamoDB)',
      '요청 분류 -> 동기 처리: API Gateway 즉시 응답',
    ],
  },
  {
    name: 'a titled box in a chain, with a note beside it',
    block: [
      '원본 로그 (S3)',
      '     ↓',
      '    ┌─── Glue 정제 ───┐',
      '    │                │',
      '    │  중복 제거       │  스키마 추론',
      '    │  파티션 분할     │  (일 단위 → 시간 단위)',
      '    └─────────────────┘',
      '     ↓',
      'Athena 분석',
    ],
    nodes: ['원본 로그 (S3)', 'Glue 정제: 중복 제거 파티션 분할', 'Athena 분석'],
    edges: ['Glue 정제: 중복 제거 파티션 분할 -> Athena 분석', '원본 로그 (S3) -> Glue 정제: 중복 제거 파티션 분할'],
    annotations: ['스키마 추론 (일 단위 → 시간 단위)'],
  },
  {
    name: 'a box holding a chain is a group; a label over a long arrow between boxes names it',
    block: [
      '온프레미스 (데이터센터)          AWS 리전',
      '┌────────────────┐           ┌────────────────────┐',
      '│ 주문 DB         │   복제     │ DMS 복제 인스턴스      │',
      '│ - MySQL 8.0    │  ────→    │ ↓                  │',
      '└────────────────┘           │ Aurora MySQL       │',
      '                             │ ↓                  │',
      '                             │ Redshift 분석        │',
      '                             └────────────────────┘',
    ],
    nodes: ['주문 DB - MySQL 8.0', 'DMS 복제 인스턴스', 'Aurora MySQL', 'Redshift 분석'],
    edges: ['Aurora MySQL -> Redshift 분석', 'DMS 복제 인스턴스 -> Aurora MySQL', '주문 DB - MySQL 8.0 -> DMS 복제 인스턴스 [복제]'],
    titles: ['온프레미스 (데이터센터)', 'AWS 리전'],
  },
  {
    name: 'a group holding nested boxes: arrows reach the group, never past it',
    block: [
      '배치 작업 제출',
      '     ↓',
      '┌──────────────────────────────┐',
      '│      AWS Batch 컴퓨팅 환경       │',
      '│  ┌────────┐ ┌────────┐       │',
      '│  │Job A   │ │Job B   │       │',
      '│  └────────┘ └────────┘       │',
      '└──────────────────────────────┘',
      '     ↓ (모든 Job 완료 후)',
      'S3 결과 병합',
    ],
    nodes: ['배치 작업 제출', 'AWS Batch 컴퓨팅 환경', 'Job A', 'Job B', 'S3 결과 병합'],
    edges: ['AWS Batch 컴퓨팅 환경 -> S3 결과 병합 [모든 Job 완료 후]', '배치 작업 제출 -> AWS Batch 컴퓨팅 환경'],
    members: ['Job A in AWS Batch 컴퓨팅 환경', 'Job B in AWS Batch 컴퓨팅 환경'],
  },
];

const titles: Shape[] = [
  {
    name: 'titled chains keep their titles',
    block: ['읽기 경로:', '클라이언트 → CloudFront → S3', '', '쓰기 경로:', '클라이언트 → API Gateway → Lambda → S3'],
    nodes: ['클라이언트', 'CloudFront', 'S3', '클라이언트', 'API Gateway', 'Lambda', 'S3'],
    edges: ['API Gateway -> Lambda', 'CloudFront -> S3', 'Lambda -> S3', '클라이언트 -> API Gateway', '클라이언트 -> CloudFront'],
    titles: ['읽기 경로:', '쓰기 경로:'],
  },
  {
    name: 'a labelled arrow with nothing under it leads to its own label',
    block: [
      '조회 방식:', '[S3 원본] → [Glue Crawler] → [Data Catalog]', '              ↓ 스키마 변경 감지', '',
      '쿼리 방식:', '[Data Catalog] → [Athena] → [QuickSight]', '                   ↓ 스캔 비용 발생',
    ],
    nodes: ['S3 원본', 'Glue Crawler', 'Data Catalog', '스키마 변경 감지', 'Data Catalog', 'Athena', 'QuickSight', '스캔 비용 발생'],
    edges: [
      'Athena -> QuickSight', 'Athena -> 스캔 비용 발생', 'Data Catalog -> Athena', 'Glue Crawler -> Data Catalog',
      'Glue Crawler -> 스키마 변경 감지', 'S3 원본 -> Glue Crawler',
    ],
    titles: ['조회 방식:', '쿼리 방식:'],
  },
];

const columns: Shape[] = [
  {
    name: 'a caption one column off does not flip the block to character columns',
    block: [
      '배송 데이터 → 경로 분석 엔진 → [구역1, 구역2, 구역3, 구역4] → Location → 배차표',
      '  (일 단위)     Fargate          구역별 최단 경로 계산         Service   DDB',
      '                                                              ↑',
      '                                                       실시간 교통 정보 반영',
    ],
    nodes: ['배송 데이터 (일 단위)', '경로 분석 엔진 Fargate', '[구역1, 구역2, 구역3, 구역4] 구역별 최단 경로 계산', 'Location Service', '배차표 DDB', '실시간 교통 정보 반영'],
    edges: [
      'Location Service -> 배차표 DDB', '[구역1, 구역2, 구역3, 구역4] 구역별 최단 경로 계산 -> Location Service',
      '경로 분석 엔진 Fargate -> [구역1, 구역2, 구역3, 구역4] 구역별 최단 경로 계산', '배송 데이터 (일 단위) -> 경로 분석 엔진 Fargate',
      '실시간 교통 정보 반영 -> Location Service',
    ],
  },
  {
    name: 'leading arrows under an arrow fan out from its source',
    block: ['Fan-out 방식:', '[SNS 토픽] → [SQS 큐 1]', '           → [SQS 큐 2]', '           → [SQS 큐 3]'],
    nodes: ['SNS 토픽', 'SQS 큐 1', 'SQS 큐 2', 'SQS 큐 3'],
    edges: ['SNS 토픽 -> SQS 큐 1', 'SNS 토픽 -> SQS 큐 2', 'SNS 토픽 -> SQS 큐 3'],
    titles: ['Fan-out 방식:'],
  },
  {
    name: 'a fan-out from a Hangul box, lined up by display width',
    block: ['주문토픽 → 큐1', '         → 큐2'],
    nodes: ['주문토픽', '큐1', '큐2'],
    edges: ['주문토픽 -> 큐1', '주문토픽 -> 큐2'],
  },
];

testShapes('diagram cases: snakes', snakes);
testShapes('diagram cases: rows, notes and joiners', rows);
testShapes('diagram cases: boxes and groups', boxes);
testShapes('diagram cases: titles', titles);
testShapes('diagram cases: columns', columns);
