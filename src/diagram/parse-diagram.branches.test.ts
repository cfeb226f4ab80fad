import { testShapes, type Shape } from '../../test/shape-cases';

// Trees, merges, fan-outs, titles, annotations and drawn boxes.
const shapes: Shape[] = [
  {
    name: 'a box-drawing tree under a node, then the chain goes on',
    block: [
      'SageMaker Endpoint',
      '    ├── Instance 1',
      '    └── Instance 2',
      '    ↓',
      'CloudWatch Metrics',
    ],
    nodes: ['SageMaker Endpoint', 'Instance 1', 'Instance 2', 'CloudWatch Metrics'],
    edges: ['SageMaker Endpoint -> CloudWatch Metrics', 'SageMaker Endpoint -> Instance 1', 'SageMaker Endpoint -> Instance 2'],
  },
  {
    name: 'an arrow at a tree\'s indent leading back to the root\'s level goes on from the root; one under a branch\'s text is the branch\'s',
    block: [
      '요청 수신', '      ↓', 'Amazon Lex (음성 인식)', '  ├─ 의도 파악', '  └─ 응답 생성', '      ↓', 'Amazon Polly', '',
      '입력', '  ↓', '분류기', '  ├── 정상 보관', '  └── 이상 탐지 결과', '         ↓', '     담당자 알림',
    ],
    nodes: ['요청 수신', 'Amazon Lex (음성 인식)', '의도 파악', '응답 생성', 'Amazon Polly', '입력', '분류기', '정상 보관', '이상 탐지 결과', '담당자 알림'],
    edges: [
      'Amazon Lex (음성 인식) -> Amazon Polly', 'Amazon Lex (음성 인식) -> 응답 생성', 'Amazon Lex (음성 인식) -> 의도 파악',
      '분류기 -> 이상 탐지 결과', '분류기 -> 정상 보관', '요청 수신 -> Amazon Lex (음성 인식)', '이상 탐지 결과 -> 담당자 알림', '입력 -> 분류기',
    ],
  },
  {
    // Was "검증 단계 -> 결과 기록": branches that are chains are paths, and the arrow under them rejoins them
    // (the hand-labelled sample flows of this shape read so; a tree of leaves still goes on from its root).
    name: 'a tree of chains fed by an arrow, and the arrow under it at the indent: the paths rejoin',
    block: ['검증 단계', '    ↓', '├─ 통과 → 배포', '└─ 실패 → 재학습', '    ↓', '결과 기록'],
    nodes: ['검증 단계', '통과', '배포', '실패', '재학습', '결과 기록'],
    edges: ['검증 단계 -> 실패', '검증 단계 -> 통과', '배포 -> 결과 기록', '실패 -> 재학습', '재학습 -> 결과 기록', '통과 -> 배포'],
  },
  {
    name: 'a trailing arrow into a tree: the branches hang from the box the arrow leaves',
    block: ['클라이언트 → 로드 밸런서 →', '├─ 서버 A', '└─ 서버 B'],
    nodes: ['클라이언트', '로드 밸런서', '서버 A', '서버 B'],
    edges: ['로드 밸런서 -> 서버 A', '로드 밸런서 -> 서버 B', '클라이언트 -> 로드 밸런서'],
  },
  {
    name: 'a label on the arrow under a tree names that step only, not every branch',
    block: ['추론 엔드포인트', '    ├── 인스턴스 1', '    └── 인스턴스 2', '    ↓ (지표 전송)', 'CloudWatch 경보'],
    nodes: ['추론 엔드포인트', '인스턴스 1', '인스턴스 2', 'CloudWatch 경보'],
    edges: ['추론 엔드포인트 -> CloudWatch 경보 [지표 전송]', '추론 엔드포인트 -> 인스턴스 1', '추론 엔드포인트 -> 인스턴스 2'],
  },
  {
    name: 'trees one under another, joined by a labelled arrow at the branches\' indent: root to root',
    block: ['AWS 클라우드', '├── 모델 배포 관리', '└── 상태 모니터링', '    ↓ 설정 전송', '엣지 디바이스', '└── 로컬 추론 실행'],
    nodes: ['AWS 클라우드', '모델 배포 관리', '상태 모니터링', '엣지 디바이스', '로컬 추론 실행'],
    edges: ['AWS 클라우드 -> 모델 배포 관리', 'AWS 클라우드 -> 상태 모니터링', 'AWS 클라우드 -> 엣지 디바이스 [설정 전송]', '엣지 디바이스 -> 로컬 추론 실행'],
  },
  {
    name: 'a nested tree',
    block: ['VPC', '├── Subnet A', '│   └── Training Job', '└── S3 Bucket'],
    nodes: ['VPC', 'Subnet A', 'Training Job', 'S3 Bucket'],
    edges: ['Subnet A -> Training Job', 'VPC -> S3 Bucket', 'VPC -> Subnet A'],
  },
  {
    name: 'a merge of several sources into one',
    block: [
      'IoT Sensors ────┐',
      'Social Media ───┼──→ Kinesis Stream',
      'Database CDC ───┘',
    ],
    nodes: ['IoT Sensors', 'Social Media', 'Kinesis Stream', 'Database CDC'],
    edges: ['Database CDC -> Kinesis Stream', 'IoT Sensors -> Kinesis Stream', 'Social Media -> Kinesis Stream'],
  },
  {
    name: 'a fan-out and fan-in drawn with ┌┬┐ and └┼┘',
    block: [
      '   Features',
      '       ↓',
      '   ┌───┴───────┐',
      '   │           │',
      '  SVM         kNN',
      '   │           │',
      '   └─────┬─────┘',
      '         ↓',
      '    Validation',
    ],
    nodes: ['Features', 'SVM', 'kNN', 'Validation'],
    edges: ['Features -> SVM', 'Features -> kNN', 'SVM -> Validation', 'kNN -> Validation'],
  },
  {
    name: 'an inline → inside one line of a vertical chain',
    block: ['S3 (결과 저장)', '    ↓', 'CloudWatch Alarms → SNS (알림)'],
    nodes: ['S3 (결과 저장)', 'CloudWatch Alarms', 'SNS (알림)'],
    edges: ['CloudWatch Alarms -> SNS (알림)', 'S3 (결과 저장) -> CloudWatch Alarms'],
  },
  {
    name: 'titles above chains',
    block: ['기존 File 모드:', 'S3 → EBS → 훈련', '', '최적화된 Pipe 모드:', 'S3 → 훈련 인스턴스'],
    nodes: ['S3', 'EBS', '훈련', 'S3', '훈련 인스턴스'],
    edges: ['EBS -> 훈련', 'S3 -> EBS', 'S3 -> 훈련 인스턴스'],
    titles: ['기존 File 모드:', '최적화된 Pipe 모드:'],
  },
  {
    name: 'a heading line over an arrow row names it; a note into a box keeps the box two lines tall (the row goes on from its last box)',
    block: ['1단계: 데이터 발견', 'Glue Crawler → Data Catalog', '    ↓', '실제 라벨 (원-핫)', '[0,0,1] ← 숫자 3', '    ↓', '손실 계산'],
    nodes: ['Glue Crawler', 'Data Catalog', '실제 라벨 (원-핫) [0,0,1]', '숫자 3', '손실 계산'],
    edges: ['Data Catalog -> 실제 라벨 (원-핫) [0,0,1]', 'Glue Crawler -> Data Catalog', '숫자 3 -> 실제 라벨 (원-핫) [0,0,1]', '실제 라벨 (원-핫) [0,0,1] -> 손실 계산'],
    titles: ['1단계: 데이터 발견'],
  },
  {
    name: 'a "※" note under a box and a remark beside the drawing are annotations, not labels',
    block: ['Kinesis        (샤드 2개)', '    ↓', 'Lambda', '※ 배치 크기 주의'],
    nodes: ['Kinesis', 'Lambda'],
    edges: ['Kinesis -> Lambda'],
    annotations: ['(샤드 2개)', '※ 배치 크기 주의'],
  },
  {
    name: 'an annotation beside a box in a chain',
    block: ['Subsample', '    ↓', 'Tree 1 ← Random Sample A', '    ↓', 'Ensemble'],
    nodes: ['Subsample', 'Tree 1', 'Random Sample A', 'Ensemble'],
    edges: ['Random Sample A -> Tree 1', 'Subsample -> Tree 1', 'Tree 1 -> Ensemble'],
  },
  {
    name: 'arrows that are part of a word or inside brackets stay text',
    block: ['온도↑ 감지', '    ↓', 'Transcribe (음성 → 텍스트)'],
    nodes: ['온도↑ 감지', 'Transcribe (음성 → 텍스트)'],
    edges: ['온도↑ 감지 -> Transcribe (음성 → 텍스트)'],
  },
  {
    name: 'a chain wrapped over lines by a trailing arrow',
    block: ['Raw Data → Kinesis →', 'Analytics → S3'],
    nodes: ['Raw Data', 'Kinesis', 'Analytics', 'S3'],
    edges: ['Analytics -> S3', 'Kinesis -> Analytics', 'Raw Data -> Kinesis'],
  },
  {
    name: 'a chain wrapped by a leading arrow at the start of the next line',
    block: ['A → B → C', '→ D → E'],
    nodes: ['A', 'B', 'C', 'D', 'E'],
    edges: ['A -> B', 'B -> C', 'C -> D', 'D -> E'],
  },
  {
    name: 'branches that fan out from one arrow column',
    block: ['Glue Crawler → Redshift 스키마', '             → RDS 테이블'],
    nodes: ['Glue Crawler', 'Redshift 스키마', 'RDS 테이블'],
    edges: ['Glue Crawler -> RDS 테이블', 'Glue Crawler -> Redshift 스키마'],
  },
  {
    name: 'diagonal arrows splitting and joining',
    block: ['정규화 조정', '    ↙        ↘', 'L1 감소    L2 전환', '    ↘        ↙', '성능 향상 모델'],
    nodes: ['정규화 조정', 'L1 감소', 'L2 전환', '성능 향상 모델'],
    edges: ['L1 감소 -> 성능 향상 모델', 'L2 전환 -> 성능 향상 모델', '정규화 조정 -> L1 감소', '정규화 조정 -> L2 전환'],
  },
  {
    name: 'boxes joined by drawn arrows across and down',
    block: [
      '┌──────────┐     ┌──────────┐',
      '│  Kinesis │────▶│  Lambda  │',
      '└──────────┘     └────┬─────┘',
      '                      │',
      '                      ▼',
      '                ┌──────────┐',
      '                │ DynamoDB │ ← Streams',
      '                └──────────┘',
    ],
    nodes: ['Kinesis', 'Lambda', 'DynamoDB', 'Streams'],
    edges: ['Kinesis -> Lambda', 'Lambda -> DynamoDB', 'Streams -> DynamoDB'],
  },
  {
    name: 'an arrow drawn into a box in place of its left wall',
    block: [
      '┌──────────┐    ┌──────────┐',
      '│ Sources  │    │ Lake     │',
      '├──────────┤    ├──────────┤',
      '│ • S3     │────▶ • 권한   │',
      '└──────────┘    └──────────┘',
    ],
    nodes: ['Sources • S3', 'Lake • 권한'],
    edges: ['Sources • S3 -> Lake • 권한'],
  },
  {
    name: 'a label written over an arrow, and beside a vertical line',
    block: ['              HTTPS', 'Client ──────────────→ API Gateway', '                           │ 호출', '                           ▼', '                        Lambda'],
    nodes: ['Client', 'API Gateway', 'Lambda'],
    edges: ['API Gateway -> Lambda [호출]', 'Client -> API Gateway [HTTPS]'],
  },
];

testShapes('parseDiagram: trees, merges and boxes', shapes);
