/**
 * The search test set: queries a student types over the vault sample, each with the notes it must
 * find (any one of them in the top five counts). Particles attached, spacing changed, compound words
 * split and joined, English and Korean mixed, and typos.
 */

/** What a query exercises. */
export type QueryKind = 'particle' | 'spacing' | 'mixed' | 'typo' | 'phrase';

/** One query and the notes it must list in its top five. */
export interface SearchCase {
  query: string;
  find: string[];
  kind: QueryKind;
}

/** The test set over the vault sample. */
export const SEARCH_CASES: SearchCase[] = [
  { query: '암호화를', find: ['compliance-kms-glue-pii-redaction', 'sagemaker-security-intransit-vpc', 'ml-s3-vpc-security'], kind: 'particle' },
  { query: '과적합을 줄이려면', find: ['overfitting-deeplearning-regularization', 'overfitting-regularization-depression', 'overfitting-sagemaker-early-stopping', 'overfitting-cnn-regularization-deeplearning', 'overfitting-sagemaker-object2vec-regularization'], kind: 'phrase' },
  { query: '손글씨를', find: ['textract-handwriting-ocr-extraction', 'classification-deeplearning-preprocessing-onehot'], kind: 'particle' },
  { query: '드롭아웃으로', find: ['neural-network-overfitting-dropout', 'overfitting-sagemaker-object2vec-regularization'], kind: 'particle' },
  { query: '협업필터링', find: ['recommendation-emr-spark-collaborative', 'recommendation-neptune-collaborative'], kind: 'spacing' },
  { query: '협업 필터링으로 추천', find: ['recommendation-emr-spark-collaborative', 'recommendation-neptune-collaborative'], kind: 'particle' },
  { query: '결측값을 채우는 방법', find: ['missing-data-knn-imputation', 'clinical-data-missing-values-median-imputation', 'missing-value-mice-categorical', 'missing-data-supervised-imputation-census'], kind: 'phrase' },
  { query: '차원축소', find: ['dimensionality-reduction-ml-pca-tsne', 'dimensionality-reduction-pca-visualization', 'dimensionality-pca-healthcare-convergence'], kind: 'spacing' },
  { query: '주성분분석', find: ['dimensionality-reduction-pca-visualization', 'dimensionality-reduction-ml-pca-tsne'], kind: 'spacing' },
  { query: '데이터 레이크를', find: ['healthcare-ml-data-lake-readmission', 'data-lake-glue-athena-serverless', 's3-glue-athena-quicksight-serverless', 'glue-etl-datalake-automation', 'datalake-glue-serverless-etl'], kind: 'particle' },
  { query: '데이터레이크', find: ['healthcare-ml-data-lake-readmission', 'data-lake-glue-athena-serverless', 's3-glue-athena-quicksight-serverless', 'glue-etl-datalake-automation', 'datalake-glue-serverless-etl'], kind: 'spacing' },
  { query: '하이퍼 파라미터 튜닝', find: ['hpo-sagemaker-optimization-efficiency', 'hyperparameter-sagemaker-bayesian-optimization', 'hyperparameter-sagemaker-logarithmic', 'sagemaker-hpo-cost-optimization', 'hyperparameter-sagemaker-visualization'], kind: 'spacing' },
  { query: '학습률이 너무 높으면', find: ['learning-rate-oscillation-neural-network', 'deeplearning-recommendation-learningrate-overshooting', 'neural-network-loss-oscillation-learning-rate'], kind: 'phrase' },
  { query: '기울기소실', find: ['neural-network-vanishing-gradient-relu'], kind: 'spacing' },
  { query: '감정분석', find: ['sentiment-analysis-twitter-comprehend', 'sentiment-analysis-f1score-nlp', 'sentiment-analysis-nlp-polarity', 'comprehend-sentiment-multilang-analysis', 'sentiment-analysis-tfidf-lowfreq', 'blazingtext-word2vec-sentiment-analysis', 'sentiment-sagemaker-groundtruth-labeling'], kind: 'spacing' },
  { query: '엘보우 방법으로', find: ['clustering-kmeans-elbow-method', 'clustering-sagemaker-elbow-method'], kind: 'particle' },
  { query: '조기종료', find: ['overfitting-sagemaker-early-stopping', 'hpo-sagemaker-optimization-efficiency'], kind: 'spacing' },
  { query: '전이학습으로', find: ['classification-transferlearning-small-dataset', 'transfer-learning-sagemaker-classification', 'transfer-learning-pretrained-output-layer', 'transfer-multitask-learning-deeplearning'], kind: 'spacing' },
  { query: '콜드스타트', find: ['lambda-ml-coldstart-optimization', 'deepar-forecasting-cold-start'], kind: 'spacing' },
  { query: '시계열예측을', find: ['forecast-timeseries-accuracy-metrics', 'forecast-sagemaker-canvas-weather', 'traffic-forecast-aws-service', 'forecast-demand-forecasting-horizon'], kind: 'spacing' },
  { query: '임계값을 조정하면', find: ['threshold-tuning-binary-classification-spam', 'classification-logistic-roc-threshold'], kind: 'phrase' },
  { query: 'SageMaker에서 아웃라이어', find: ['outlier-sagemaker-datawrangler-preprocessing'], kind: 'mixed' },
  { query: 'Kinesis로 실시간 수집', find: ['data-ingestion-kinesis-realtime-ml', 'social-media-kinesis-realtime-collection', 'streaming-kinesis-dynamodb-realtime'], kind: 'mixed' },
  { query: 'Glue로 ETL 자동화', find: ['glue-etl-datalake-automation', 'etl-glue-minimal-operations'], kind: 'mixed' },
  { query: 'Textract로 손글씨', find: ['textract-handwriting-ocr-extraction'], kind: 'mixed' },
  { query: 'Polly 발음을', find: ['polly-pronunciation-lexicon'], kind: 'mixed' },
  { query: 'Comprehend 다국어', find: ['comprehend-sentiment-multilang-analysis'], kind: 'mixed' },
  { query: 'Step Functions로 오케스트레이션', find: ['fintech-etl-stepfunctions-orchestration', 'etl-workflow-step-functions-batch-glue'], kind: 'mixed' },
  { query: 'EMR 스팟인스턴스', find: ['emr-spark-spot-seasonal', 'emr-spot-task-nodes', 'batch-emr-spot-ondemand'], kind: 'spacing' },
  { query: 'VPC 엔드포인트로', find: ['sagemaker-vpc-s3-endpoints', 'lambda-vpc-s3-security', 'sagemaker-vpc-privatelink-security'], kind: 'mixed' },
  { query: 'sagemakr 파이프 모드', find: ['sagemaker-linear-learner-pipe-mode', 'sagemaker-training-pipe-mode-performance', 'sagemaker-training-pipe-recordio'], kind: 'typo' },
  { query: 'xgbost 불균형', find: ['classification-xgboost-imbalanced'], kind: 'typo' },
  { query: '하이퍼파라메터', find: ['hpo-sagemaker-optimization-efficiency', 'hyperparameter-sagemaker-bayesian-optimization', 'hyperparameter-sagemaker-logarithmic', 'sagemaker-hpo-cost-optimization', 'hyperparameter-sagemaker-visualization', 'mxnet-hyperparameters-korean'], kind: 'typo' },
  { query: '드롭아웃', find: ['neural-network-overfitting-dropout', 'overfitting-sagemaker-object2vec-regularization'], kind: 'phrase' },
  { query: '플래시카드로 공부', find: ['flashcard-learning-whitepaper'], kind: 'particle' },
  { query: 'k-최근접이웃', find: ['knn-whitepaper-korean', 'missing-data-knn-imputation'], kind: 'spacing' },
  { query: '컨퓨전 매트릭스', find: ['confusion-matrix-recall-fraud', 'confusion-matrix-multiclass-visualization', 'f1-score-confusion-matrix-evaluation'], kind: 'phrase' },
  { query: '오버피팅을 막는', find: ['overfitting-xgboost-hyperparameter-tuning', 'sagemaker-monitoring-overfitting', 'overfitting-regularization-sagemaker-training', 'overfitting-cnn-regularization-deeplearning', 'neural-network-overfitting-dropout'], kind: 'particle' },
  { query: '불균형데이터', find: ['imbalanced-data-sagemaker-autopilot-low-overhead-finance', 'fraud-detection-smote-imbalanced', 'classification-recall-imbalanced-cancer', 'credit-risk-sagemaker-auc-imbalanced'], kind: 'spacing' },
  { query: '모델 드리프트가', find: ['model-drift-sagemaker-retraining'], kind: 'particle' },
];
