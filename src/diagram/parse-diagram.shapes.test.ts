import { parseDiagram } from './parse-diagram';
import type { Diagram } from './types';

function edgesOf(d: Diagram): string[] {
  const label = new Map(d.nodes.map((n) => [n.id, n.label]));
  return d.edges.map((e) => `${label.get(e.from)} -> ${label.get(e.to)}${e.label ? ` [${e.label}]` : ''}`).sort();
}

interface Shape {
  name: string;
  block: string[];
  nodes: string[];
  edges: string[];
  titles?: string[];
}

const shapes: Shape[] = [
  {
    name: 'vertical chain with ↓',
    block: ['S3 버킷 (원본)', '    ↓', 'AWS Glue 크롤러', '    ↓', 'Amazon Athena'],
    nodes: ['S3 버킷 (원본)', 'AWS Glue 크롤러', 'Amazon Athena'],
    edges: ['AWS Glue 크롤러 -> Amazon Athena', 'S3 버킷 (원본) -> AWS Glue 크롤러'],
  },
  {
    name: 'vertical chain with ▼ and an upward ↑',
    block: ['Kinesis', '   ▼', 'Lambda', '   ↑', 'EventBridge'],
    nodes: ['Kinesis', 'Lambda', 'EventBridge'],
    edges: ['EventBridge -> Lambda', 'Kinesis -> Lambda'],
  },
  {
    name: 'ASCII verticals "|" then "v"',
    block: ['[Source]', '    |', '    v', '[Target]'],
    nodes: ['Source', 'Target'],
    edges: ['Source -> Target'],
  },
  {
    name: 'ASCII bars with a label, and an ASCII arrow on to the next box',
    block: ['[Client]', '   |', '   | HTTPS', '   v', '[API Gateway] --> [Lambda]'],
    nodes: ['Client', 'API Gateway', 'Lambda'],
    edges: ['API Gateway -> Lambda', 'Client -> API Gateway [HTTPS]'],
  },
  {
    name: 'horizontal chain with →, -> and =>',
    block: ['Client → API Gateway -> Lambda => DynamoDB'],
    nodes: ['Client', 'API Gateway', 'Lambda', 'DynamoDB'],
    edges: ['API Gateway -> Lambda', 'Client -> API Gateway', 'Lambda -> DynamoDB'],
  },
  {
    name: 'a row of ← read right to left, and <-',
    block: ['대시보드 ← Athena <- S3'],
    nodes: ['대시보드', 'Athena', 'S3'],
    edges: ['Athena -> 대시보드', 'S3 -> Athena'],
  },
  {
    name: 'a two-way arrow',
    block: ['FSx for Lustre ↔ S3 동기화'],
    nodes: ['FSx for Lustre', 'S3 동기화'],
    edges: ['FSx for Lustre -> S3 동기화', 'S3 동기화 -> FSx for Lustre'],
  },
  {
    name: 'a grid lined up by display width (Hangul two columns wide)',
    block: [
      '데이터 수집 → 전처리 → 모델 학습',
      '                          ↓',
      '                    엔드포인트 배포',
    ],
    nodes: ['데이터 수집', '전처리', '모델 학습', '엔드포인트 배포'],
    edges: ['데이터 수집 -> 전처리', '모델 학습 -> 엔드포인트 배포', '전처리 -> 모델 학습'],
  },
  {
    name: 'a grid lined up by character count only',
    block: ['가나다라마바사아자차          Kinesis', '                    ↓', '                    Lambda'],
    nodes: ['가나다라마바사아자차', 'Kinesis', 'Lambda'],
    edges: ['Kinesis -> Lambda'],
  },
  {
    name: 'columns paired by order when the spacing drifts',
    block: [
      'GPS 디바이스 → Kinesis → Redshift → 대시보드',
      '     ↓          ↓               ↓          ↓',
      '  실시간 위치   스트림 수집   실시간 분석   운영 인사이트',
    ],
    nodes: ['GPS 디바이스', 'Kinesis', 'Redshift', '대시보드', '실시간 위치', '스트림 수집', '실시간 분석', '운영 인사이트'],
    edges: [
      'GPS 디바이스 -> Kinesis', 'GPS 디바이스 -> 실시간 위치', 'Kinesis -> Redshift', 'Kinesis -> 스트림 수집',
      'Redshift -> 대시보드', 'Redshift -> 실시간 분석', '대시보드 -> 운영 인사이트',
    ],
  },
  {
    name: 'an arrow a few columns off the box right under it points at that box, not past it',
    block: ['Source → Transform → Sink', '                     ↓', '                        staging', '                     ↓', '                     archive'],
    nodes: ['Source', 'Transform', 'Sink', 'staging', 'archive'],
    edges: ['Sink -> staging', 'Source -> Transform', 'Transform -> Sink', 'staging -> archive'],
  },
  {
    name: 'a label written over several lines',
    block: ['Historical Data', '       ↓', '  Feature Engineering', '  (기상 조건, 과거 농도)', '       ↓', '  Linear Learner'],
    nodes: ['Historical Data', 'Feature Engineering (기상 조건, 과거 농도)', 'Linear Learner'],
    edges: ['Feature Engineering (기상 조건, 과거 농도) -> Linear Learner', 'Historical Data -> Feature Engineering (기상 조건, 과거 농도)'],
  },
  {
    name: 'notes under a row, one per box, paired by order; a note spanning the row captions it',
    block: [
      '지하철 → Kinesis Firehose → Lambda → SNS',
      '  (승객수)     (데이터 수집)    (처리)  (발송)',
      '',
      'Fargate → NAT Gateway → AWS Service',
      '(높은 지연시간, NAT Gateway 비용)',
    ],
    nodes: ['지하철 (승객수)', 'Kinesis Firehose (데이터 수집)', 'Lambda (처리)', 'SNS (발송)', 'Fargate', 'NAT Gateway', 'AWS Service', '(높은 지연시간, NAT Gateway 비용)'],
    edges: [
      'Fargate -> NAT Gateway', 'Kinesis Firehose (데이터 수집) -> Lambda (처리)', 'Lambda (처리) -> SNS (발송)',
      'NAT Gateway -> AWS Service', '지하철 (승객수) -> Kinesis Firehose (데이터 수집)',
    ],
  },
  {
    name: 'a note reaching well into the next box captions the row; one drifting a glyph past its arrow stays the box\'s',
    block: [
      'S3 원본 버킷 → 스트리밍 데이터 수집 및 정제 단계 → 학습',
      '(빠른 처리, 낮은 비용 구조)',
      '',
      'Kinesis Stream → Lambda 함수 → 저장',
      '  (샤드 2개, 보존)',
    ],
    nodes: ['S3 원본 버킷', '스트리밍 데이터 수집 및 정제 단계', '학습', '(빠른 처리, 낮은 비용 구조)', 'Kinesis Stream (샤드 2개, 보존)', 'Lambda 함수', '저장'],
    edges: [
      'Kinesis Stream (샤드 2개, 보존) -> Lambda 함수', 'Lambda 함수 -> 저장', 'S3 원본 버킷 -> 스트리밍 데이터 수집 및 정제 단계',
      '스트리밍 데이터 수집 및 정제 단계 -> 학습',
    ],
  },
  {
    name: 'bracketed boxes in a row',
    block: ['[Private Subnet] → [VPC Endpoint]', '        ↓               ↓', '[Notebook] [Interface Endpoint]'],
    nodes: ['Private Subnet', 'VPC Endpoint', 'Notebook', 'Interface Endpoint'],
    edges: ['Private Subnet -> Notebook', 'Private Subnet -> VPC Endpoint', 'VPC Endpoint -> Interface Endpoint'],
  },
  {
    name: 'box-drawing boxes side by side, with text over two lines',
    block: [
      '     분포 분석',
      '         ↓',
      '┌────────────┐    ┌────────────┐',
      '│ 독립 가정   │    │ 넓은 분포    │',
      '│ Naive      │    │ Full BN    │',
      '└────────────┘    └────────────┘',
      '      ↓                 ↓',
      '   모델 A             모델 B',
    ],
    nodes: ['분포 분석', '독립 가정 Naive', '넓은 분포 Full BN', '모델 A', '모델 B'],
    edges: ['넓은 분포 Full BN -> 모델 B', '독립 가정 Naive -> 모델 A', '분포 분석 -> 독립 가정 Naive'],
  },
  {
    name: 'edge labels on and beside arrows',
    block: ['[EventBridge] --매주 월/금--> [Batch]', '      ↓ (Full Load)', '[DMS]'],
    nodes: ['EventBridge', 'Batch', 'DMS'],
    edges: ['EventBridge -> Batch [매주 월/금]', 'EventBridge -> DMS [Full Load]'],
  },
  {
    name: 'a label inside a drawn arrow',
    block: ['Training Instance ←── Pipe Mode 스트리밍 ──── RecordIO 데이터'],
    nodes: ['Training Instance', 'RecordIO 데이터'],
    edges: ['RecordIO 데이터 -> Training Instance [Pipe Mode 스트리밍]'],
  },
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
    name: 'a tree of choices fed by an arrow, and the arrow under it in the same column',
    block: ['검증 단계', '    ↓', '├─ 통과 → 배포', '└─ 실패 → 재학습', '    ↓', '결과 기록'],
    nodes: ['검증 단계', '통과', '배포', '실패', '재학습', '결과 기록'],
    edges: ['검증 단계 -> 결과 기록', '검증 단계 -> 실패', '검증 단계 -> 통과', '실패 -> 재학습', '통과 -> 배포'],
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
    name: 'a heading line over an arrow row names it; a note into a box keeps the box two lines tall',
    block: ['1단계: 데이터 발견', 'Glue Crawler → Data Catalog', '    ↓', '실제 라벨 (원-핫)', '[0,0,1] ← 숫자 3', '    ↓', '손실 계산'],
    nodes: ['Glue Crawler', 'Data Catalog', '실제 라벨 (원-핫) [0,0,1]', '숫자 3', '손실 계산'],
    edges: ['Glue Crawler -> Data Catalog', 'Glue Crawler -> 실제 라벨 (원-핫) [0,0,1]', '숫자 3 -> 실제 라벨 (원-핫) [0,0,1]', '실제 라벨 (원-핫) [0,0,1] -> 손실 계산'],
    titles: ['1단계: 데이터 발견'],
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

describe('parseDiagram: shapes', () => {
  test.each(shapes)('$name', ({ block, nodes, edges, titles }) => {
    const d = parseDiagram(block.join('\n'));
    expect(d.problems).toEqual([]);
    expect(d.parsed).toBe(true);
    expect(d.nodes.map((n) => n.label)).toEqual(nodes);
    expect(edgesOf(d)).toEqual(edges);
    expect(d.titles.map((t) => t.text)).toEqual(titles ?? []);
  });
});
