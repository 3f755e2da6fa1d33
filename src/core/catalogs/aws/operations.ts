/**
 * AWS security, management, integration, developer, IoT, migration and business-application
 * services, plus the support plan (weight 0: billed as a fee, never drawn as usage).
 */
import type { ServiceDef } from '../types.js';
import { U, months, per, sku } from '../shared.js';

export const AWS_OPERATIONS: ServiceDef[] = [
  {
    name: 'AWS Key Management Service',
    code: 'awskms',
    category: 'Security',
    subcategory: 'Secret Management',
    resourceType: 'Key',
    resourceIdTemplate: 'arn:aws:kms:{region}:{accountNumber}:key/{guid}',
    resourceNameTemplate: 'alias/{app}-{env}',
    scope: 'regional',
    workload: 'steady',
    weight: 1,
    skus: [
      sku('kms-keys', 'KMS-Keys', months('Key'), '1.00', '$1 per customer managed KMS key version', {
        usageType: 'KMS-Keys', operation: 'CurrentKeys', weight: 2,
      }),
      sku('kms-requests', 'KMS-Requests', U.req10k, '0.03', '$0.03 per 10,000 requests', {
        usageType: 'KMS-Requests', operation: 'Decrypt', weight: 2,
      }),
    ],
  },
  {
    name: 'AWS Secrets Manager',
    code: 'AWSSecretsManager',
    category: 'Security',
    subcategory: 'Secret Management',
    resourceType: 'Secret',
    resourceIdTemplate: 'arn:aws:secretsmanager:{region}:{accountNumber}:secret:{name}-{hex6}',
    resourceNameTemplate: '{env}/{app}/db-credentials-{n}',
    scope: 'regional',
    workload: 'steady',
    weight: 0.5,
    skus: [
      sku('secrets-secret', 'AWSSecretsManager-Secrets', months('Secret'), '0.40', '$0.40 per secret per month', {
        usageType: 'AWSSecretsManager-Secrets', operation: 'StorageSecret', weight: 3,
      }),
      sku('secrets-api', 'AWSSecretsManagerAPIRequest', U.req10k, '0.05', '$0.05 per 10,000 API Requests', {
        usageType: 'AWSSecretsManagerAPIRequest', operation: 'GetSecretValue', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon GuardDuty',
    code: 'AmazonGuardDuty',
    category: 'Security',
    subcategory: 'Threat Detection and Response',
    resourceType: 'Detector',
    resourceIdTemplate: 'arn:aws:guardduty:{region}:{accountNumber}:detector/{hex32}',
    resourceNameTemplate: null,
    scope: 'regional',
    workload: 'steady',
    weight: 1,
    skus: [
      sku('gd-cloudtrail', 'PaidEventsAnalyzed', per(1000000, 'Events'), '4.00', '$4.00 per 1 million CloudTrail management events analyzed', {
        usageType: 'PaidEventsAnalyzed', operation: 'CloudTrailAnalysis', weight: 2,
      }),
      sku('gd-flowlogs', 'PaidLogsAnalyzed', U.gb, '1.00', '$1.00 per GB of VPC Flow Logs and DNS logs analyzed (first 500 GB)', {
        usageType: 'PaidLogsAnalyzed', operation: 'FlowLogsAnalysis', weight: 2,
      }),
      sku('gd-s3', 'PaidS3DataEventsAnalyzed', per(1000000, 'Events'), '0.80', '$0.80 per 1 million S3 data events analyzed', {
        usageType: 'PaidS3DataEventsAnalyzed', operation: 'S3DataEventAnalysis', weight: 1,
      }),
    ],
  },
  {
    name: 'AWS WAF',
    code: 'awswaf',
    category: 'Security',
    subcategory: 'Other (Security)',
    resourceType: 'Web ACL',
    resourceIdTemplate: 'arn:aws:wafv2:{region}:{accountNumber}:regional/webacl/{name}/{guid}',
    resourceNameTemplate: '{app}-{env}-waf',
    scope: 'regional',
    workload: 'steady',
    weight: 0.7,
    skus: [
      sku('waf-webacl', 'WebACL', months('ACL'), '5.00', '$5.00 per web ACL per month (prorated hourly)', {
        usageType: 'WebACL', operation: 'WebACLV2', weight: 1,
      }),
      sku('waf-rule', 'Rule', months('Rule'), '1.00', '$1.00 per rule per month (prorated hourly)', {
        usageType: 'Rule', operation: 'RuleV2', weight: 1,
      }),
      sku('waf-requests', 'Request', U.req1m, '0.60', '$0.60 per million requests', {
        usageType: 'Request', operation: 'WebACLV2', weight: 2,
      }),
    ],
  },
  {
    name: 'AWS Security Hub',
    code: 'AWSSecurityHub',
    category: 'Security',
    subcategory: 'Security Posture Management',
    resourceType: null,
    scope: 'regional',
    workload: 'steady',
    weight: 0.5,
    skus: [
      sku('sh-checks', 'PaidComplianceCheck', per(1, 'Checks'), '0.001', '$0.0010 per security check for the first 100,000 checks/account/region/month', {
        usageType: 'PaidComplianceCheck', operation: 'ComplianceCheck', weight: 3,
      }),
      sku('sh-events', 'PaidEventsIngested', per(10000, 'Events'), '0.00003', '$0.00003 per finding ingestion event', {
        usageType: 'PaidEventsIngested', operation: 'FindingIngestion', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon CloudWatch',
    code: 'AmazonCloudWatch',
    category: 'Management and Governance',
    subcategory: 'Observability',
    resourceType: 'Log Group',
    resourceIdTemplate: 'arn:aws:logs:{region}:{accountNumber}:log-group:{name}',
    resourceNameTemplate: '/aws/lambda/{app}-{env}-{n}',
    scope: 'regional',
    workload: 'steady',
    weight: 3,
    skus: [
      sku('cw-log-ingest', 'DataProcessing-Bytes', U.gb, '0.50', '$0.50 per GB custom log data ingested', {
        usageType: 'DataProcessing-Bytes', operation: 'PutLogEvents', weight: 4,
      }),
      sku('cw-log-storage', 'TimedStorage-ByteHrs', U.gbMonths, '0.03', '$0.03 per GB-mo of log storage', {
        usageType: 'TimedStorage-ByteHrs', operation: 'HourlyStorageMetering', weight: 1,
      }),
      sku('cw-metrics', 'CW:MetricMonitorUsage', months('Metric'), '0.30', '$0.30 per metric-month for the first 10,000 metrics', {
        usageType: 'CW:MetricMonitorUsage', operation: 'MetricStorage', weight: 2,
      }),
      sku('cw-requests', 'CW:Requests', U.req1k, '0.01', '$0.01 per 1,000 metrics requested using GetMetricStatistics, ListMetrics, PutMetricData', {
        usageType: 'CW:Requests', operation: 'GetMetricData', weight: 0.5,
      }),
      sku('cw-alarms', 'CW:AlarmMonitorUsage', months('Alarm'), '0.10', '$0.10 per alarm metric month - first 10 alarm metrics free', {
        usageType: 'CW:AlarmMonitorUsage', operation: 'Unknown', weight: 0.5,
      }),
    ],
  },
  {
    name: 'AWS CloudTrail',
    code: 'AWSCloudTrail',
    category: 'Management and Governance',
    subcategory: 'Compliance',
    resourceType: 'Trail',
    resourceIdTemplate: 'arn:aws:cloudtrail:{region}:{accountNumber}:trail/{name}',
    resourceNameTemplate: '{team}-trail',
    scope: 'regional',
    workload: 'steady',
    weight: 0.5,
    skus: [
      sku('ct-data-events', 'DataEventsRecorded', per(100000, 'Events'), '0.10', '$0.10 per 100,000 data events recorded', {
        usageType: 'DataEventsRecorded', operation: 'None', weight: 2,
      }),
      sku('ct-paid-events', 'PaidEventsRecorded', per(100000, 'Events'), '2.00', '$2.00 per 100,000 management events recorded beyond the first trail', {
        usageType: 'PaidEventsRecorded', operation: 'None', weight: 1,
      }),
    ],
  },
  {
    name: 'AWS Config',
    code: 'AWSConfig',
    category: 'Management and Governance',
    subcategory: 'Compliance',
    resourceType: null,
    scope: 'regional',
    workload: 'steady',
    weight: 0.5,
    skus: [
      sku('config-items', 'ConfigurationItemRecorded', per(1, 'Items'), '0.003', '$0.003 per Configuration Item recorded', {
        usageType: 'ConfigurationItemRecorded', operation: 'None', weight: 2,
      }),
      sku('config-evaluations', 'ConfigRuleEvaluations', per(1, 'Evaluations'), '0.001', '$0.001 per rule evaluation for the first 100,000 evaluations', {
        usageType: 'ConfigRuleEvaluations', operation: 'ConfigRuleEvaluation', weight: 1,
      }),
    ],
  },
  {
    name: 'AWS Cost Explorer',
    code: 'AWSCostExplorer',
    category: 'Management and Governance',
    subcategory: 'Cost Management',
    resourceType: null,
    scope: 'global',
    workload: 'business',
    weight: 0.05,
    skus: [
      sku('ce-api', 'APIRequest', U.requests, '0.01', '$0.01 per Cost Explorer API request', {
        usageType: 'APIRequest', operation: 'GetCostAndUsage', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon Simple Queue Service',
    code: 'AWSQueueService',
    category: 'Integration',
    subcategory: 'Messaging',
    resourceType: 'Queue',
    resourceIdTemplate: 'arn:aws:sqs:{region}:{accountNumber}:{name}',
    resourceNameTemplate: '{app}-{env}-queue-{n}',
    scope: 'regional',
    workload: 'business',
    weight: 1,
    skus: [
      sku('sqs-standard', 'Requests-Tier1', U.req1m, '0.40', '$0.40 per million Amazon SQS standard requests', {
        usageType: 'Requests-Tier1', operation: 'Send', weight: 3,
      }),
      sku('sqs-fifo', 'Requests-FIFO-Tier1', U.req1m, '0.50', '$0.50 per million Amazon SQS FIFO requests', {
        usageType: 'Requests-FIFO-Tier1', operation: 'Send', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon Simple Notification Service',
    code: 'AmazonSNS',
    category: 'Integration',
    subcategory: 'Messaging',
    resourceType: 'Topic',
    resourceIdTemplate: 'arn:aws:sns:{region}:{accountNumber}:{name}',
    resourceNameTemplate: '{app}-{env}-events',
    scope: 'regional',
    workload: 'business',
    weight: 0.5,
    skus: [
      sku('sns-requests', 'Requests-Tier1', U.req1m, '0.50', '$0.50 per 1 million Amazon SNS API Requests', {
        usageType: 'Requests-Tier1', operation: 'Publish', weight: 2,
      }),
      sku('sns-http', 'DeliveryAttempts-HTTP', per(1000000, 'Notifications'), '0.60', '$0.60 per 1 million HTTP/S notifications', {
        usageType: 'DeliveryAttempts-HTTP', operation: 'Notification', weight: 1,
      }),
    ],
  },
  {
    name: 'AWS Step Functions',
    code: 'AmazonStates',
    category: 'Integration',
    subcategory: 'Workflow Orchestration',
    resourceType: 'State Machine',
    resourceIdTemplate: 'arn:aws:states:{region}:{accountNumber}:stateMachine:{name}',
    resourceNameTemplate: '{app}-{env}-workflow',
    scope: 'regional',
    workload: 'batch',
    weight: 0.5,
    skus: [
      sku('sfn-transitions', 'StateTransition', per(1000, 'Transitions'), '0.025', '$0.025 per 1,000 state transitions', {
        usageType: 'StateTransition', operation: 'StateTransition', weight: 3,
      }),
      sku('sfn-express', 'ExpressWorkflows-Requests', U.req1m, '1.00', '$1.00 per 1M Express Workflow requests', {
        usageType: 'ExpressWorkflows-Requests', operation: 'ExpressRequest', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon EventBridge',
    code: 'AWSEvents',
    category: 'Integration',
    subcategory: 'Messaging',
    resourceType: 'Event Bus',
    resourceIdTemplate: 'arn:aws:events:{region}:{accountNumber}:event-bus/{name}',
    resourceNameTemplate: '{app}-{env}-bus',
    scope: 'regional',
    workload: 'business',
    weight: 0.3,
    skus: [
      sku('eb-custom-events', 'Event-64K-Chunks', per(1000000, 'Events'), '1.00', '$1.00 per million custom events published', {
        usageType: 'Event-64K-Chunks', operation: 'PutEvents', weight: 1,
      }),
    ],
  },
  {
    name: 'AWS CodeBuild',
    code: 'CodeBuild',
    category: 'Developer Tools',
    subcategory: 'Continuous Integration and Deployment',
    resourceType: 'Project',
    resourceIdTemplate: 'arn:aws:codebuild:{region}:{accountNumber}:project/{name}',
    resourceNameTemplate: '{app}-build',
    scope: 'regional',
    workload: 'business',
    weight: 0.5,
    skus: [
      sku('cb-linux-small', 'Build-Min:Linux:g1.small', U.minutes, '0.005', '$0.005 per build minute for build.general1.small (Linux)', {
        usageType: 'Build-Min:Linux:g1.small', operation: 'Build', details: { OperatingSystem: 'Linux' }, weight: 2,
      }),
      sku('cb-linux-medium', 'Build-Min:Linux:g1.medium', U.minutes, '0.01', '$0.01 per build minute for build.general1.medium (Linux)', {
        usageType: 'Build-Min:Linux:g1.medium', operation: 'Build', details: { OperatingSystem: 'Linux' }, weight: 2,
      }),
      sku('cb-arm-large', 'Build-Min:ARM:g1.large', U.minutes, '0.015', '$0.015 per build minute for build.general1.large (ARM)', {
        usageType: 'Build-Min:ARM:g1.large', operation: 'Build', details: { OperatingSystem: 'Linux' }, weight: 1,
      }),
    ],
  },
  {
    name: 'AWS CodePipeline',
    code: 'AWSCodePipeline',
    category: 'Developer Tools',
    subcategory: 'Continuous Integration and Deployment',
    resourceType: 'Pipeline',
    resourceIdTemplate: 'arn:aws:codepipeline:{region}:{accountNumber}:{name}',
    resourceNameTemplate: '{app}-pipeline',
    scope: 'regional',
    workload: 'steady',
    weight: 0.1,
    skus: [
      sku('cp-active', 'activePipeline', months('Pipeline'), '1.00', '$1.00 per active pipeline per month', {
        usageType: 'activePipeline', operation: 'ActivePipeline', weight: 1,
      }),
    ],
  },
  {
    name: 'AWS IoT',
    code: 'AWSIoT',
    category: 'Internet of Things',
    subcategory: 'IoT Platforms',
    resourceType: null,
    scope: 'regional',
    workload: 'steady',
    weight: 1,
    skus: [
      sku('iot-messaging', 'MessagingService', per(1000000, 'Messages'), '1.00', '$1.00 per million messages (first 1 billion)', {
        usageType: 'MessagingService', operation: 'Publish', weight: 3,
      }),
      sku('iot-connectivity', 'ConnectionMinutes', per(1000000, 'Minutes'), '0.08', '$0.08 per million minutes of connection', {
        usageType: 'ConnectionMinutes', operation: 'Connect', weight: 1,
      }),
      sku('iot-shadow', 'RegistryAndShadowOperations', per(1000000, 'Operations'), '1.25', '$1.25 per million Device Shadow and Device Registry Operations', {
        usageType: 'RegistryAndShadowOperations', operation: 'UpdateThingShadow', weight: 1,
      }),
    ],
  },
  {
    name: 'AWS Database Migration Service',
    code: 'AWSDatabaseMigrationSvc',
    category: 'Migration',
    subcategory: 'Data Migration',
    resourceType: 'Replication Instance',
    resourceIdTemplate: 'arn:aws:dms:{region}:{accountNumber}:rep:{hex26}',
    resourceNameTemplate: '{app}-{env}-dms',
    scope: 'zonal',
    workload: 'steady',
    weight: 0.5,
    skus: [
      sku('dms-r5-large', 'InstanceUsg:dms.r5.large', U.hours, '0.29', '$0.29 per hour for dms.r5.large Single-AZ replication instance', {
        usageType: 'InstanceUsg:dms.r5.large', operation: 'CreateDBInstance',
        details: { InstanceType: 'dms.r5.large', InstanceSeries: 'R5', CoreCount: 2, MemorySize: 16 }, weight: 2,
      }),
      sku('dms-storage', 'DMS:GP2-Storage', U.gbMonths, '0.115', '$0.115 per GB-month of GP2 storage for DMS', {
        usageType: 'DMS:GP2-Storage', operation: 'CreateDBInstance', weight: 0.5,
      }),
    ],
  },
  {
    name: 'AWS DataSync',
    code: 'AWSDataSync',
    category: 'Migration',
    subcategory: 'Data Migration',
    resourceType: 'Task',
    resourceIdTemplate: 'arn:aws:datasync:{region}:{accountNumber}:task/task-{hex17}',
    resourceNameTemplate: '{app}-{env}-sync',
    scope: 'regional',
    workload: 'batch',
    weight: 0.3,
    skus: [
      sku('datasync-copied', 'DataSync-Bytes', U.gb, '0.0125', '$0.0125 per GB of data copied', {
        usageType: 'DataSync-Bytes', operation: 'Copy', weight: 1,
      }),
    ],
  },
  {
    name: 'AWS Transfer Family',
    code: 'AWSTransfer',
    category: 'Migration',
    subcategory: 'Data Migration',
    resourceType: 'Server',
    resourceIdTemplate: 'arn:aws:transfer:{region}:{accountNumber}:server/s-{hex17}',
    resourceNameTemplate: '{team}-sftp',
    scope: 'regional',
    workload: 'steady',
    weight: 0.3,
    skus: [
      sku('transfer-protocol', 'ProtocolHours', U.hours, '0.30', '$0.30 per hour per protocol enabled', {
        usageType: 'ProtocolHours', operation: 'SFTP', weight: 3,
      }),
      sku('transfer-upload', 'UploadBytes', U.gb, '0.04', '$0.04 per GB uploaded', {
        usageType: 'UploadBytes', operation: 'SFTP', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon Simple Email Service',
    code: 'AmazonSES',
    category: 'Business Applications',
    subcategory: 'Other (Business Applications)',
    resourceType: null,
    scope: 'regional',
    workload: 'business',
    weight: 0.3,
    skus: [
      sku('ses-outbound', 'Recipients', per(1000, 'Messages'), '0.10', '$0.10 per 1,000 outbound email messages', {
        usageType: 'Recipients', operation: 'SendEmail', weight: 3,
      }),
      sku('ses-attachments', 'AttachmentsSize-Bytes', U.gb, '0.12', '$0.12 per GB of attachments sent', {
        usageType: 'AttachmentsSize-Bytes', operation: 'SendEmail', weight: 1,
      }),
    ],
  },
  {
    name: 'AWS Support (Business)',
    code: 'AWSSupportBusiness',
    category: 'Management and Governance',
    subcategory: 'Support',
    resourceType: null,
    scope: 'global',
    workload: 'steady',
    weight: 0,
    skus: [
      sku('support-business', 'Dollar', U.units, '1', 'AWS Support (Business) fee: the greater of $100 or 10%/7%/5%/3% of monthly AWS usage charges', {
        usageType: 'Dollar', weight: 1,
      }),
    ],
  },
];
