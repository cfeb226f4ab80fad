import { testShapes, type Shape } from '../../test/shape-cases';

// Chains, grids, multi-line labels, notes and edge labels.
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
    nodes: ['Kinesis', 'Lambda'],
    edges: ['Kinesis -> Lambda'],
    annotations: ['가나다라마바사아자차'],
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
    nodes: ['지하철 (승객수)', 'Kinesis Firehose (데이터 수집)', 'Lambda (처리)', 'SNS (발송)', 'Fargate', 'NAT Gateway', 'AWS Service'],
    edges: [
      'Fargate -> NAT Gateway', 'Kinesis Firehose (데이터 수집) -> Lambda (처리)', 'Lambda (처리) -> SNS (발송)',
      'NAT Gateway -> AWS Service', '지하철 (승객수) -> Kinesis Firehose (데이터 수집)',
    ],
    annotations: ['(높은 지연시간, NAT Gateway 비용)'],
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
    nodes: ['S3 원본 버킷', '스트리밍 데이터 수집 및 정제 단계', '학습', 'Kinesis Stream (샤드 2개, 보존)', 'Lambda 함수', '저장'],
    edges: [
      'Kinesis Stream (샤드 2개, 보존) -> Lambda 함수', 'Lambda 함수 -> 저장', 'S3 원본 버킷 -> 스트리밍 데이터 수집 및 정제 단계',
      '스트리밍 데이터 수집 및 정제 단계 -> 학습',
    ],
    annotations: ['(빠른 처리, 낮은 비용 구조)'],
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
    name: 'edge labels on and beside arrows (the row goes on from its last box)',
    block: ['[EventBridge] --매주 월/금--> [Batch]', '      ↓ (Full Load)', '[DMS]'],
    nodes: ['EventBridge', 'Batch', 'DMS'],
    edges: ['Batch -> DMS [Full Load]', 'EventBridge -> Batch [매주 월/금]'],
  },
  {
    name: 'a label inside a drawn arrow',
    block: ['Training Instance ←── Pipe Mode 스트리밍 ──── RecordIO 데이터'],
    nodes: ['Training Instance', 'RecordIO 데이터'],
    edges: ['RecordIO 데이터 -> Training Instance [Pipe Mode 스트리밍]'],
  },
];

testShapes('parseDiagram: chains and grids', shapes);
