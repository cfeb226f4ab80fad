/**
 * AWS services the synthetic notes talk about, with the short phrases the generator slots into sentences.
 * Written for this generator; the phrases are deliberately plain so any combination still reads as a sentence.
 */

/** One service, named in English, described in Korean, with one strength and one weakness. */
export interface ServiceWords {
  /** Tag value after "service/". */
  tag: string;
  name: string;
  /** What an option does with it, completing "Use <name> ...". */
  action: string;
  /** What it is, in Korean, completing "<name>는 ...". */
  ko: string;
  strength: string;
  weakness: string;
  /** A short Korean or English node label for flow diagrams. */
  node: string;
}

/** The services the generator draws from; at least six so a question always has six distinct options. */
export const SERVICES: readonly ServiceWords[] = [
  { tag: 'sagemaker', name: 'Amazon SageMaker', action: 'to train the model on managed instances and host it on an endpoint',
    ko: '모델 학습과 배포를 관리형 인스턴스에서 처리하는 서비스다', strength: '학습, 튜닝, 배포를 한 곳에서 관리',
    weakness: '인스턴스 유형과 비용을 직접 정해야 함', node: 'SageMaker 학습 작업' },
  { tag: 's3', name: 'Amazon S3', action: 'to store the raw and processed datasets',
    ko: '내구성이 높은 객체 스토리지로 데이터 레이크의 중심이 된다', strength: '용량 제한 없이 저렴하게 보관',
    weakness: '파일 단위 접근이라 트랜잭션 처리에는 맞지 않음', node: 'S3 버킷' },
  { tag: 'glue', name: 'AWS Glue', action: 'to run serverless ETL jobs and catalog the schema',
    ko: '서버리스 ETL과 데이터 카탈로그를 제공한다', strength: '클러스터 없이 Spark 작업 실행',
    weakness: '작업 시작 지연과 DPU 단위 과금', node: 'Glue ETL' },
  { tag: 'athena', name: 'Amazon Athena', action: 'to query the data in place with SQL',
    ko: 'S3의 데이터를 그 자리에서 SQL로 조회한다', strength: '서버 없이 스캔한 양만큼 과금',
    weakness: '파티션과 형식을 잘못 잡으면 스캔 비용이 커짐', node: 'Athena 쿼리' },
  { tag: 'kinesis', name: 'Amazon Kinesis Data Streams', action: 'to ingest the events as a real-time stream',
    ko: '샤드 단위로 확장되는 실시간 스트림을 제공한다', strength: '초 단위 미만의 수집 지연',
    weakness: '샤드 수를 용량에 맞춰 관리해야 함', node: 'Kinesis Data Streams' },
  { tag: 'firehose', name: 'Amazon Data Firehose', action: 'to buffer the records and deliver them to storage',
    ko: '스트림을 버퍼링해 S3 같은 목적지로 전달한다', strength: '코드 없이 적재와 형식 변환',
    weakness: '버퍼 시간만큼 지연되는 준실시간 처리', node: 'Firehose 전송 스트림' },
  { tag: 'lambda', name: 'AWS Lambda', action: 'to run a function for each incoming event',
    ko: '이벤트마다 함수를 실행하는 서버리스 컴퓨팅이다', strength: '요청 단위 과금과 자동 확장',
    weakness: '최대 15분 실행과 GPU 미지원', node: 'Lambda 함수' },
  { tag: 'emr', name: 'Amazon EMR', action: 'to run Spark on a managed cluster',
    ko: 'Spark와 Hadoop을 관리형 클러스터로 실행한다', strength: '대규모 분산 처리를 세밀하게 제어',
    weakness: '클러스터 운영 부담', node: 'EMR 클러스터' },
  { tag: 'comprehend', name: 'Amazon Comprehend', action: 'to extract entities and sentiment from the text',
    ko: '텍스트에서 개체, 감정, 주제를 추출하는 NLP 서비스다', strength: '모델 학습 없이 바로 사용',
    weakness: '도메인 특화 표현은 사용자 지정 모델이 필요', node: 'Comprehend 분석' },
  { tag: 'rekognition', name: 'Amazon Rekognition', action: 'to detect objects and labels in the images',
    ko: '이미지와 동영상에서 객체와 얼굴을 인식한다', strength: '사전 학습된 모델을 API로 호출',
    weakness: '특수한 클래스는 Custom Labels 학습이 필요', node: 'Rekognition 라벨 감지' },
  { tag: 'dynamodb', name: 'Amazon DynamoDB', action: 'to serve the latest features with single-digit millisecond reads',
    ko: '키-값 조회를 밀리초 단위로 처리하는 NoSQL 데이터베이스다', strength: '예측 가능한 저지연 읽기',
    weakness: '분석용 집계 쿼리에는 부적합', node: 'DynamoDB 테이블' },
  { tag: 'cloudwatch', name: 'Amazon CloudWatch', action: 'to collect the metrics and raise alarms',
    ko: '지표와 로그를 모으고 알람을 보낸다', strength: '다른 서비스와 기본 연동',
    weakness: '지표 자체가 모델 품질을 말해 주지는 않음', node: 'CloudWatch 알람' },
  { tag: 'redshift', name: 'Amazon Redshift', action: 'to load the data into a data warehouse',
    ko: '열 기반 데이터 웨어하우스다', strength: '대용량 집계 쿼리에 강함',
    weakness: '클러스터 크기와 분산 키 설계가 필요', node: 'Redshift 웨어하우스' },
  { tag: 'kms', name: 'AWS KMS', action: 'to encrypt the data with a customer managed key',
    ko: '암호화 키를 만들고 사용 권한을 관리한다', strength: '키 정책으로 세밀한 접근 제어',
    weakness: 'API 호출당 비용과 정책 설정의 복잡성', node: 'KMS 키' },
];
