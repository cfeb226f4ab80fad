/** The seed note's architecture flow, as written: the block every diagram test starts from. */
export const SEED_FLOW = [
  'ML Specialist → S3 Bucket (KMS 암호화) → SageMaker Notebook',
  '     ↓               ↓                        ↓',
  '  데이터 업로드    암호화 저장           IAM Role + KMS 권한',
  '     ↓               ↓                        ↓',
  '  KMS Key Policy ← IAM Role Policy ← SageMaker Execution Role',
].join('\n');
