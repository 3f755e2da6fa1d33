/** AWS analytics and AI/ML services: usage types and us-east-1 list prices as AWS publishes them. */
import type { ServiceDef } from '../types.js';
import { U, months, per, sku } from '../shared.js';

export const AWS_ANALYTICS_AI: ServiceDef[] = [
  {
    name: 'Amazon Athena',
    code: 'AmazonAthena',
    category: 'Analytics',
    subcategory: 'Analytics Platforms',
    resourceType: 'Workgroup',
    resourceIdTemplate: 'arn:aws:athena:{region}:{accountNumber}:workgroup/{name}',
    resourceNameTemplate: '{team}-{env}-athena',
    scope: 'regional',
    workload: 'business',
    weight: 2,
    skus: [
      sku('athena-scanned', 'DataScannedInTB', U.tb, '5.00', '$5.00 per Terabytes for DataScannedInTB in US East (N. Virginia)', {
        usageType: 'DataScannedInTB', operation: 'RunQuery', weight: 4,
      }),
      sku('athena-dml-dpu', 'DMLQueries-DPU-Hour', per(1, 'DPU-Hours'), '0.30', '$0.30 per DPU-Hour for provisioned capacity queries', {
        usageType: 'DMLQueries-DPU-Hour', operation: 'RunQuery', weight: 1,
      }),
    ],
  },
  {
    name: 'AWS Glue',
    code: 'AWSGlue',
    category: 'Analytics',
    subcategory: 'Data Processing',
    resourceType: 'Job',
    resourceIdTemplate: 'arn:aws:glue:{region}:{accountNumber}:job/{name}',
    resourceNameTemplate: '{app}-{env}-etl-{n}',
    scope: 'regional',
    workload: 'batch',
    weight: 2,
    skus: [
      sku('glue-etl', 'ETL-DPU-Hour', per(1, 'DPU-Hours'), '0.44', '$0.44 per DPU-Hour for AWS Glue ETL job', {
        usageType: 'ETL-DPU-Hour', operation: 'Jobrun', weight: 5,
      }),
      sku('glue-crawler', 'Crawler-DPU-Hour', per(1, 'DPU-Hours'), '0.44', '$0.44 per DPU-Hour for AWS Glue crawler run', {
        usageType: 'Crawler-DPU-Hour', operation: 'CrawlerRun', weight: 1,
      }),
      sku('glue-catalog-storage', 'Catalog-Storage', months('Object'), '0.00001', '$0.00001 per object stored above 1M objects in the AWS Glue Data Catalog', {
        usageType: 'Catalog-Storage', operation: 'Storage', weight: 0.2,
      }),
      sku('glue-catalog-request', 'Catalog-Request', U.req1m, '1.00', '$1.00 per million requests above 1M in the AWS Glue Data Catalog', {
        usageType: 'Catalog-Request', operation: 'Request', weight: 0.2,
      }),
    ],
  },
  {
    name: 'Amazon Elastic MapReduce',
    code: 'ElasticMapReduce',
    category: 'Analytics',
    subcategory: 'Data Processing',
    resourceType: 'Cluster',
    resourceIdTemplate: 'arn:aws:elasticmapreduce:{region}:{accountNumber}:cluster/j-{hex13}',
    resourceNameTemplate: '{team}-{env}-emr-{n}',
    scope: 'regional',
    workload: 'batch',
    weight: 2,
    skus: [
      sku('emr-m5-xlarge', 'BoxUsage:m5.xlarge', U.hours, '0.048', '$0.048 per hour for EMR m5.xlarge', {
        usageType: 'BoxUsage:m5.xlarge', operation: 'RunInstances', details: { InstanceType: 'm5.xlarge', InstanceSeries: 'M5', CoreCount: 4, MemorySize: 16 }, weight: 3,
      }),
      sku('emr-r5-2xlarge', 'BoxUsage:r5.2xlarge', U.hours, '0.126', '$0.126 per hour for EMR r5.2xlarge', {
        usageType: 'BoxUsage:r5.2xlarge', operation: 'RunInstances', details: { InstanceType: 'r5.2xlarge', InstanceSeries: 'R5', CoreCount: 8, MemorySize: 64 }, weight: 2,
      }),
      sku('emr-serverless-vcpu', 'EMR-SERVERLESS-vCPUHours', U.hours, '0.052624', '$0.052624 per vCPU per hour for EMR Serverless', {
        usageType: 'EMR-SERVERLESS-vCPUHours', operation: 'Worker', details: { CoreCount: 1 }, weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon Kinesis',
    code: 'AmazonKinesis',
    category: 'Analytics',
    subcategory: 'Streaming Analytics',
    resourceType: 'Stream',
    resourceIdTemplate: 'arn:aws:kinesis:{region}:{accountNumber}:stream/{name}',
    resourceNameTemplate: '{app}-{env}-stream',
    scope: 'regional',
    workload: 'steady',
    weight: 1.5,
    skus: [
      sku('kinesis-shard', 'Storage-ShardHour', U.hours, '0.015', '$0.015 per shard hour', {
        usageType: 'Storage-ShardHour', operation: 'shardHourStorage', weight: 3,
      }),
      sku('kinesis-put', 'PutRequestPayloadUnits', per(1000000, 'Units'), '0.014', '$0.014 per 1,000,000 PUT Payload Units', {
        usageType: 'PutRequestPayloadUnits', operation: 'PutRecord', weight: 1,
      }),
      sku('kinesis-ondemand-in', 'OnDemand-BilledIncomingBytes', U.gb, '0.08', '$0.08 per GB of data ingested in on-demand mode', {
        usageType: 'OnDemand-BilledIncomingBytes', operation: 'OnDemandDataIngested', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon Kinesis Firehose',
    code: 'AmazonKinesisFirehose',
    category: 'Analytics',
    subcategory: 'Streaming Analytics',
    resourceType: 'Delivery Stream',
    resourceIdTemplate: 'arn:aws:firehose:{region}:{accountNumber}:deliverystream/{name}',
    resourceNameTemplate: '{app}-{env}-firehose',
    scope: 'regional',
    workload: 'steady',
    weight: 0.7,
    skus: [
      sku('firehose-ingest', 'BilledBytes', U.gb, '0.029', '$0.029 per GB of data ingested (first 500 TB / month)', {
        usageType: 'BilledBytes', operation: 'PutRecordBatch', weight: 4,
      }),
      sku('firehose-format', 'DataFormatConversion-Bytes', U.gb, '0.018', '$0.018 per GB of data format conversion', {
        usageType: 'DataFormatConversion-Bytes', operation: 'DataFormatConversion', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon OpenSearch Service',
    code: 'AmazonES',
    category: 'Analytics',
    subcategory: 'Search',
    resourceType: 'Domain',
    resourceIdTemplate: 'arn:aws:es:{region}:{accountNumber}:domain/{name}',
    resourceNameTemplate: '{app}-{env}-search',
    scope: 'zonal',
    workload: 'steady',
    weight: 2,
    skus: [
      sku('es-r6g-large', 'ESInstance:r6g.large', U.hours, '0.167', '$0.167 per r6g.large.search instance hour (or partial hour)', {
        usageType: 'ESInstance:r6g.large', operation: 'ESDomain',
        details: { InstanceType: 'r6g.large.search', InstanceSeries: 'R6g', CoreCount: 2, MemorySize: 16 },
        commitmentPrograms: ['reservation'], weight: 3,
      }),
      sku('es-m6g-xlarge', 'ESInstance:m6g.xlarge', U.hours, '0.256', '$0.256 per m6g.xlarge.search instance hour (or partial hour)', {
        usageType: 'ESInstance:m6g.xlarge', operation: 'ESDomain',
        details: { InstanceType: 'm6g.xlarge.search', InstanceSeries: 'M6g', CoreCount: 4, MemorySize: 16 },
        commitmentPrograms: ['reservation'], weight: 2,
      }),
      sku('es-gp3', 'ES:GP3-Storage', U.gbMonths, '0.122', '$0.122 per GB-month of GP3 storage for OpenSearch', {
        usageType: 'ES:GP3-Storage', operation: 'ESDomain', details: { DiskType: 'SSD' }, weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon Managed Streaming for Apache Kafka',
    code: 'AmazonMSK',
    category: 'Analytics',
    subcategory: 'Streaming Analytics',
    resourceType: 'Cluster',
    resourceIdTemplate: 'arn:aws:kafka:{region}:{accountNumber}:cluster/{name}/{guid}',
    resourceNameTemplate: '{team}-{env}-kafka',
    scope: 'zonal',
    workload: 'steady',
    weight: 1.5,
    skus: [
      sku('msk-m5-large', 'Kafka.m5.large', U.hours, '0.21', '$0.21 per Kafka.m5.large broker hour', {
        usageType: 'Kafka.m5.large', operation: 'RunBroker', details: { InstanceType: 'kafka.m5.large', InstanceSeries: 'M5', CoreCount: 2, MemorySize: 8 }, weight: 3,
      }),
      sku('msk-storage', 'Kafka.Storage.GP2', U.gbMonths, '0.10', '$0.10 per GB-month of broker storage', {
        usageType: 'Kafka.Storage.GP2', operation: 'RunVolume', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon QuickSight',
    code: 'AmazonQuickSight',
    category: 'Analytics',
    subcategory: 'Business Intelligence',
    resourceType: null,
    scope: 'regional',
    workload: 'steady',
    weight: 0.5,
    skus: [
      sku('quicksight-author', 'QS-User-Enterprise-Month', months('User'), '24.00', '$24 per Enterprise Author user per month', {
        usageType: 'QS-User-Enterprise-Month', operation: 'QuickSightAuthor', weight: 2,
      }),
      sku('quicksight-reader', 'QS-Reader-Enterprise-Month', months('User'), '3.00', '$3 per Enterprise Reader user per month', {
        usageType: 'QS-Reader-Enterprise-Month', operation: 'QuickSightReader', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon SageMaker',
    code: 'AmazonSageMaker',
    category: 'AI and Machine Learning',
    subcategory: 'Machine Learning',
    resourceType: 'Endpoint',
    resourceIdTemplate: 'arn:aws:sagemaker:{region}:{accountNumber}:endpoint/{name}',
    resourceNameTemplate: '{app}-{env}-endpoint-{n}',
    scope: 'regional',
    workload: 'steady',
    weight: 8,
    skus: [
      sku('sm-notebook-t3-medium', 'Notebk:ml.t3.medium', U.hours, '0.05', '$0.05 per On Demand Notebook ml.t3.medium hour in US East (N. Virginia)', {
        usageType: 'Notebk:ml.t3.medium', operation: 'RunInstance', details: { InstanceType: 'ml.t3.medium', InstanceSeries: 'T3', CoreCount: 2, MemorySize: 4 }, weight: 1,
      }),
      sku('sm-host-m5-xlarge', 'Host:ml.m5.xlarge', U.hours, '0.23', '$0.23 per On Demand Hosting ml.m5.xlarge hour in US East (N. Virginia)', {
        usageType: 'Host:ml.m5.xlarge', operation: 'RunInstance', details: { InstanceType: 'ml.m5.xlarge', InstanceSeries: 'M5', CoreCount: 4, MemorySize: 16 },
        commitmentPrograms: ['savings-plan'], weight: 3,
      }),
      sku('sm-host-g5-2xlarge', 'Host:ml.g5.2xlarge', U.hours, '1.515', '$1.515 per On Demand Hosting ml.g5.2xlarge hour in US East (N. Virginia)', {
        usageType: 'Host:ml.g5.2xlarge', operation: 'RunInstance', details: { InstanceType: 'ml.g5.2xlarge', InstanceSeries: 'G5', CoreCount: 8, MemorySize: 32, GpuCount: 1 },
        commitmentPrograms: ['savings-plan'], weight: 3,
      }),
      sku('sm-train-p3-2xlarge', 'Train:ml.p3.2xlarge', U.hours, '3.825', '$3.825 per On Demand Training ml.p3.2xlarge hour in US East (N. Virginia)', {
        usageType: 'Train:ml.p3.2xlarge', operation: 'RunInstance', details: { InstanceType: 'ml.p3.2xlarge', InstanceSeries: 'P3', CoreCount: 8, MemorySize: 61, GpuCount: 1 },
        commitmentPrograms: ['savings-plan'], spot: true, weight: 2,
      }),
      sku('sm-train-g5-12xlarge', 'Train:ml.g5.12xlarge', U.hours, '7.09', '$7.09 per On Demand Training ml.g5.12xlarge hour in US East (N. Virginia)', {
        usageType: 'Train:ml.g5.12xlarge', operation: 'RunInstance', details: { InstanceType: 'ml.g5.12xlarge', InstanceSeries: 'G5', CoreCount: 48, MemorySize: 192, GpuCount: 4 },
        commitmentPrograms: ['savings-plan'], spot: true, weight: 2,
      }),
      sku('sm-storage', 'Host:VolumeUsage.gp2', U.gbMonths, '0.14', '$0.14 per GB-month of General Purpose SSD (gp2) storage for ML instances', {
        usageType: 'Host:VolumeUsage.gp2', operation: 'RunInstance', details: { DiskType: 'SSD' }, weight: 0.3,
      }),
    ],
  },
  {
    name: 'Amazon Bedrock',
    code: 'AmazonBedrock',
    category: 'AI and Machine Learning',
    subcategory: 'Generative AI',
    resourceType: 'Inference Profile',
    resourceIdTemplate: 'arn:aws:bedrock:{region}:{accountNumber}:application-inference-profile/{hex12}',
    resourceNameTemplate: '{app}-{env}-genai',
    scope: 'regional',
    workload: 'business',
    weight: 6,
    skus: [
      sku('bedrock-claude-sonnet-in', 'Claude3.5Sonnet-input-tokens', U.tok1k, '0.003', 'Claude 3.5 Sonnet input tokens', {
        usageType: 'Claude3.5Sonnet-input-tokens', operation: 'InvokeModelInference', details: { x_Model: 'anthropic.claude-3-5-sonnet', x_TokenType: 'Input' }, weight: 4,
      }),
      sku('bedrock-claude-sonnet-out', 'Claude3.5Sonnet-output-tokens', U.tok1k, '0.015', 'Claude 3.5 Sonnet output tokens', {
        usageType: 'Claude3.5Sonnet-output-tokens', operation: 'InvokeModelInference', details: { x_Model: 'anthropic.claude-3-5-sonnet', x_TokenType: 'Output' }, weight: 3,
      }),
      sku('bedrock-claude-haiku-in', 'Claude3Haiku-input-tokens', U.tok1k, '0.00025', 'Claude 3 Haiku input tokens', {
        usageType: 'Claude3Haiku-input-tokens', operation: 'InvokeModelInference', details: { x_Model: 'anthropic.claude-3-haiku', x_TokenType: 'Input' }, weight: 1,
      }),
      sku('bedrock-claude-haiku-out', 'Claude3Haiku-output-tokens', U.tok1k, '0.00125', 'Claude 3 Haiku output tokens', {
        usageType: 'Claude3Haiku-output-tokens', operation: 'InvokeModelInference', details: { x_Model: 'anthropic.claude-3-haiku', x_TokenType: 'Output' }, weight: 1,
      }),
      sku('bedrock-llama-in', 'Llama3-1-70B-input-tokens', U.tok1k, '0.00072', 'Llama 3.1 70B Instruct input tokens', {
        usageType: 'Llama3-1-70B-input-tokens', operation: 'InvokeModelInference', details: { x_Model: 'meta.llama3-1-70b-instruct', x_TokenType: 'Input' }, weight: 1,
      }),
      sku('bedrock-titan-embed', 'TitanEmbeddingsV2-Text-input-tokens', U.tok1k, '0.00002', 'Titan Text Embeddings V2 input tokens', {
        usageType: 'TitanEmbeddingsV2-Text-input-tokens', operation: 'InvokeModelInference', details: { x_Model: 'amazon.titan-embed-text-v2', x_TokenType: 'Input' }, weight: 0.5,
      }),
    ],
  },
  {
    name: 'Amazon Rekognition',
    code: 'AmazonRekognition',
    category: 'AI and Machine Learning',
    subcategory: 'Other (AI and Machine Learning)',
    resourceType: null,
    scope: 'regional',
    workload: 'business',
    weight: 1,
    skus: [
      sku('rekognition-image', 'Group1-ImagesProcessed', per(1000, 'Images'), '1.00', '$1.00 per 1,000 images processed (Group 1 APIs, first 1M)', {
        usageType: 'Group1-ImagesProcessed', operation: 'DetectLabels', weight: 3,
      }),
      sku('rekognition-video', 'StoredVideoMinutes', U.minutes, '0.10', '$0.10 per minute of archived video analyzed', {
        usageType: 'StoredVideoMinutes', operation: 'StartLabelDetection', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon Comprehend',
    code: 'comprehend',
    category: 'AI and Machine Learning',
    subcategory: 'Natural Language Processing',
    resourceType: null,
    scope: 'regional',
    workload: 'business',
    weight: 0.5,
    skus: [
      sku('comprehend-entities', 'Comprehend-Entities', U.units, '0.0001', '$0.0001 per unit (100 characters) for entity recognition', {
        usageType: 'Comprehend-Entities', operation: 'DetectEntities', weight: 2,
      }),
      sku('comprehend-sentiment', 'Comprehend-Sentiment', U.units, '0.0001', '$0.0001 per unit (100 characters) for sentiment analysis', {
        usageType: 'Comprehend-Sentiment', operation: 'DetectSentiment', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon Transcribe',
    code: 'transcribe',
    category: 'AI and Machine Learning',
    subcategory: 'Natural Language Processing',
    resourceType: null,
    scope: 'regional',
    workload: 'business',
    weight: 0.5,
    skus: [
      sku('transcribe-batch', 'TranscribeAudio', U.seconds, '0.0004', '$0.0004 per second of audio transcribed (Tier 1)', {
        usageType: 'TranscribeAudio', operation: 'StartTranscriptionJob', weight: 2,
      }),
      sku('transcribe-streaming', 'TranscribeStreamingAudio', U.seconds, '0.0004', '$0.0004 per second of streaming audio transcribed (Tier 1)', {
        usageType: 'TranscribeStreamingAudio', operation: 'StartStreamTranscription', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon Translate',
    code: 'translate',
    category: 'AI and Machine Learning',
    subcategory: 'Natural Language Processing',
    resourceType: null,
    scope: 'regional',
    workload: 'business',
    weight: 0.3,
    skus: [
      sku('translate-text', 'TranslateText', per(1000000, 'Characters'), '15.00', '$15.00 per million characters of standard text translation', {
        usageType: 'TranslateText', operation: 'TranslateText', weight: 1,
      }),
    ],
  },
];
