/** AWS storage and database services: usage types and us-east-1 list prices as AWS publishes them. */
import type { ServiceDef } from '../types.js';
import { U, months, per, sku } from '../shared.js';

const RI = ['reservation'] as const;

export const AWS_STORAGE_DATABASES: ServiceDef[] = [
  {
    name: 'Amazon Simple Storage Service',
    code: 'AmazonS3',
    category: 'Storage',
    subcategory: 'Object Storage',
    resourceType: 'Bucket',
    resourceIdTemplate: 'arn:aws:s3:::{name}',
    resourceNameTemplate: '{app}-{env}-{hex8}',
    scope: 'regional',
    workload: 'growing',
    weight: 10,
    skus: [
      sku('s3-standard', 'TimedStorage-ByteHrs', U.gbMonths, '0.023', '$0.023 per GB - first 50 TB / month of storage used', {
        usageType: 'TimedStorage-ByteHrs', operation: 'StandardStorage', details: { StorageClass: 'Standard', Redundancy: 'Regional' }, weight: 8,
      }),
      sku('s3-standard-ia', 'TimedStorage-SIA-ByteHrs', U.gbMonths, '0.0125', '$0.0125 per GB-Month of storage used in Standard-Infrequent Access', {
        usageType: 'TimedStorage-SIA-ByteHrs', operation: 'StandardIAStorage', details: { StorageClass: 'Standard-IA', Redundancy: 'Regional' }, weight: 2,
      }),
      sku('s3-glacier', 'TimedStorage-GlacierByteHrs', U.gbMonths, '0.0036', '$0.0036 per GB / month of storage used - Amazon Glacier', {
        usageType: 'TimedStorage-GlacierByteHrs', operation: 'GlacierStorage', details: { StorageClass: 'Glacier Flexible Retrieval', Redundancy: 'Regional' }, weight: 1,
      }),
      sku('s3-deep-archive', 'TimedStorage-GDA-ByteHrs', U.gbMonths, '0.00099', '$0.00099 per GB-Month of storage used in Glacier Deep Archive', {
        usageType: 'TimedStorage-GDA-ByteHrs', operation: 'DeepArchiveStorage', details: { StorageClass: 'Glacier Deep Archive', Redundancy: 'Regional' }, weight: 0.5,
      }),
      sku('s3-requests-tier1', 'Requests-Tier1', U.req1k, '0.005', '$0.005 per 1,000 PUT, COPY, POST, or LIST requests', {
        usageType: 'Requests-Tier1', operation: 'PutObject', weight: 1,
      }),
      sku('s3-requests-tier2', 'Requests-Tier2', U.req10k, '0.004', '$0.004 per 10,000 GET and all other requests', {
        usageType: 'Requests-Tier2', operation: 'GetObject', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon Elastic Block Store',
    code: 'AmazonEBS',
    category: 'Storage',
    subcategory: 'Block Storage',
    resourceType: 'Volume',
    resourceIdTemplate: 'arn:aws:ec2:{region}:{accountNumber}:volume/vol-{hex17}',
    resourceNameTemplate: '{app}-{env}-data-{n}',
    scope: 'zonal',
    workload: 'steady',
    weight: 6,
    skus: [
      sku('ebs-gp3', 'EBS:VolumeUsage.gp3', U.gbMonths, '0.08', '$0.08 per GB-month of General Purpose (gp3) provisioned storage - US East (Northern Virginia)', {
        usageType: 'EBS:VolumeUsage.gp3', operation: 'CreateVolume-Gp3', details: { DiskType: 'SSD', x_VolumeType: 'gp3' }, weight: 6,
      }),
      sku('ebs-gp2', 'EBS:VolumeUsage.gp2', U.gbMonths, '0.10', '$0.10 per GB-month of General Purpose SSD (gp2) provisioned storage - US East (Northern Virginia)', {
        usageType: 'EBS:VolumeUsage.gp2', operation: 'CreateVolume-Gp2', details: { DiskType: 'SSD', x_VolumeType: 'gp2' }, weight: 3,
      }),
      sku('ebs-io2', 'EBS:VolumeUsage.io2', U.gbMonths, '0.125', '$0.125 per GB-month of Provisioned IOPS SSD (io2) provisioned storage - US East (Northern Virginia)', {
        usageType: 'EBS:VolumeUsage.io2', operation: 'CreateVolume-io2', details: { DiskType: 'SSD', x_VolumeType: 'io2' }, weight: 1,
      }),
      sku('ebs-io2-iops', 'EBS:VolumeP-IOPS.io2', U.iopsMonths, '0.065', '$0.065 per IOPS-month provisioned (io2) - US East (Northern Virginia)', {
        usageType: 'EBS:VolumeP-IOPS.io2', operation: 'CreateVolume-io2', details: { DiskType: 'SSD', x_VolumeType: 'io2' }, weight: 1,
      }),
      sku('ebs-st1', 'EBS:VolumeUsage.st1', U.gbMonths, '0.045', '$0.045 per GB-month of Throughput Optimized HDD (st1) provisioned storage - US East (Northern Virginia)', {
        usageType: 'EBS:VolumeUsage.st1', operation: 'CreateVolume-st1', details: { DiskType: 'HDD', x_VolumeType: 'st1' }, weight: 0.5,
      }),
      sku('ebs-snapshot', 'EBS:SnapshotUsage', U.gbMonths, '0.05', '$0.05 per GB-Month of snapshot data stored - US East (Northern Virginia)', {
        usageType: 'EBS:SnapshotUsage', operation: 'CreateSnapshot', weight: 2,
      }),
    ],
  },
  {
    name: 'Amazon Elastic File System',
    code: 'AmazonEFS',
    category: 'Storage',
    subcategory: 'File Storage',
    resourceType: 'File System',
    resourceIdTemplate: 'arn:aws:elasticfilesystem:{region}:{accountNumber}:file-system/fs-{hex17}',
    resourceNameTemplate: '{app}-{env}-efs',
    scope: 'regional',
    workload: 'growing',
    weight: 1.5,
    skus: [
      sku('efs-standard', 'TimedStorage-ByteHrs', U.gbMonths, '0.30', 'USD $0.30 per GB-Mo for Standard storage (USE1)', {
        usageType: 'TimedStorage-ByteHrs', operation: 'Storage', details: { StorageClass: 'Standard', Redundancy: 'Regional' }, weight: 4,
      }),
      sku('efs-ia', 'IATimedStorage-ByteHrs', U.gbMonths, '0.016', 'USD $0.016 per GB-Mo for Infrequent Access storage (USE1)', {
        usageType: 'IATimedStorage-ByteHrs', operation: 'Storage', details: { StorageClass: 'Infrequent Access', Redundancy: 'Regional' }, weight: 1,
      }),
      sku('efs-ia-read', 'IADataAccess-Bytes', U.gb, '0.01', 'USD $0.01 per GB for Infrequent Access reads (USE1)', {
        usageType: 'IADataAccess-Bytes', operation: 'Read', weight: 0.5,
      }),
    ],
  },
  {
    name: 'Amazon FSx',
    code: 'AmazonFSx',
    category: 'Storage',
    subcategory: 'File Storage',
    resourceType: 'File System',
    resourceIdTemplate: 'arn:aws:fsx:{region}:{accountNumber}:file-system/fs-{hex17}',
    resourceNameTemplate: '{team}-{env}-fsx',
    scope: 'zonal',
    workload: 'steady',
    weight: 1,
    skus: [
      sku('fsx-windows-ssd', 'Storage.SSD.MultiAZ', U.gbMonths, '0.23', '$0.230 per GB-month of SSD storage (Multi-AZ) for Amazon FSx for Windows File Server', {
        usageType: 'Storage.SSD.MultiAZ', operation: 'CreateFileSystem', details: { DiskType: 'SSD', Redundancy: 'Zonal', OperatingSystem: 'Windows' }, weight: 3,
      }),
      sku('fsx-windows-throughput', 'ThroughputCapacity.MultiAZ', months('MBps'), '4.50', '$4.50 per MBps-month of throughput capacity (Multi-AZ)', {
        usageType: 'ThroughputCapacity.MultiAZ', operation: 'CreateFileSystem', weight: 2,
      }),
      sku('fsx-lustre', 'Storage.Persistent_250', U.gbMonths, '0.29', '$0.290 per GB-month of Persistent SSD storage (250 MB/s/TiB) for Amazon FSx for Lustre', {
        usageType: 'Storage.Persistent_250', operation: 'CreateFileSystem', details: { DiskType: 'SSD' }, weight: 1,
      }),
    ],
  },
  {
    name: 'AWS Backup',
    code: 'AWSBackup',
    category: 'Storage',
    subcategory: 'Backup Storage',
    resourceType: 'Backup Vault',
    resourceIdTemplate: 'arn:aws:backup:{region}:{accountNumber}:backup-vault:{name}',
    resourceNameTemplate: '{team}-{env}-vault',
    scope: 'regional',
    workload: 'growing',
    weight: 1,
    skus: [
      sku('backup-ebs', 'WarmStorage-ByteHrs-EBS', U.gbMonths, '0.05', '$0.05 per GB-Month of EBS snapshot backup storage', {
        usageType: 'WarmStorage-ByteHrs-EBS', operation: 'Storage', details: { StorageClass: 'Warm' }, weight: 3,
      }),
      sku('backup-efs', 'WarmStorage-ByteHrs-EFS', U.gbMonths, '0.05', '$0.05 per GB-Month of EFS backup warm storage', {
        usageType: 'WarmStorage-ByteHrs-EFS', operation: 'Storage', details: { StorageClass: 'Warm' }, weight: 1,
      }),
      sku('backup-cold', 'ColdStorage-ByteHrs-EFS', U.gbMonths, '0.01', '$0.01 per GB-Month of EFS backup cold storage', {
        usageType: 'ColdStorage-ByteHrs-EFS', operation: 'Storage', details: { StorageClass: 'Cold' }, weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon Relational Database Service',
    code: 'AmazonRDS',
    category: 'Databases',
    subcategory: 'Relational Databases',
    resourceType: 'DB Instance',
    resourceIdTemplate: 'arn:aws:rds:{region}:{accountNumber}:db:{name}',
    resourceNameTemplate: '{app}-{env}-db-{n}',
    scope: 'zonal',
    workload: 'steady',
    weight: 8,
    skus: [
      sku('rds-mysql-m5-large', 'InstanceUsage:db.m5.large', U.hours, '0.171', '$0.171 per RDS db.m5.large Single-AZ instance hour (or partial hour) running MySQL', {
        usageType: 'InstanceUsage:db.m5.large', operation: 'CreateDBInstance:0002',
        details: { InstanceType: 'db.m5.large', InstanceSeries: 'M5', CoreCount: 2, MemorySize: 8, x_DatabaseEngine: 'MySQL', x_DeploymentOption: 'Single-AZ' },
        commitmentPrograms: [...RI], weight: 3,
      }),
      sku('rds-postgres-r5-xlarge', 'InstanceUsage:db.r5.xlarge', U.hours, '0.50', '$0.50 per RDS db.r5.xlarge Single-AZ instance hour (or partial hour) running PostgreSQL', {
        usageType: 'InstanceUsage:db.r5.xlarge', operation: 'CreateDBInstance:0014',
        details: { InstanceType: 'db.r5.xlarge', InstanceSeries: 'R5', CoreCount: 4, MemorySize: 32, x_DatabaseEngine: 'PostgreSQL', x_DeploymentOption: 'Single-AZ' },
        commitmentPrograms: [...RI], weight: 3,
      }),
      sku('rds-postgres-r5-2xlarge-multiaz', 'Multi-AZUsage:db.r5.2xlarge', U.hours, '2.00', '$2.00 per RDS db.r5.2xlarge Multi-AZ instance hour (or partial hour) running PostgreSQL', {
        usageType: 'Multi-AZUsage:db.r5.2xlarge', operation: 'CreateDBInstance:0014',
        details: { InstanceType: 'db.r5.2xlarge', InstanceSeries: 'R5', CoreCount: 8, MemorySize: 64, x_DatabaseEngine: 'PostgreSQL', x_DeploymentOption: 'Multi-AZ' },
        commitmentPrograms: [...RI], weight: 2,
      }),
      sku('rds-aurora-r6g-large', 'InstanceUsage:db.r6g.large', U.hours, '0.26', '$0.26 per RDS db.r6g.large instance hour (or partial hour) running Amazon Aurora PostgreSQL', {
        usageType: 'InstanceUsage:db.r6g.large', operation: 'CreateDBInstance:0021',
        details: { InstanceType: 'db.r6g.large', InstanceSeries: 'R6g', CoreCount: 2, MemorySize: 16, x_DatabaseEngine: 'Aurora PostgreSQL' },
        commitmentPrograms: [...RI], weight: 2,
      }),
      sku('rds-gp2-storage', 'RDS:GP2-Storage', U.gbMonths, '0.115', '$0.115 per GB-month of provisioned GP2 storage running PostgreSQL', {
        usageType: 'RDS:GP2-Storage', operation: 'CreateDBInstance:0014', details: { DiskType: 'SSD' }, weight: 1.5,
      }),
      sku('rds-aurora-storage', 'Aurora:StorageUsage', U.gbMonths, '0.10', '$0.10 per GB-month of storage used by Amazon Aurora', {
        usageType: 'Aurora:StorageUsage', operation: 'CreateDBInstance:0021', weight: 1,
      }),
      sku('rds-aurora-io', 'Aurora:StorageIOUsage', per(1000000, 'IOs'), '0.20', '$0.20 per 1 million I/O requests for Amazon Aurora', {
        usageType: 'Aurora:StorageIOUsage', operation: 'CreateDBInstance:0021', weight: 0.5,
      }),
      sku('rds-backup', 'RDS:ChargedBackupUsage', U.gbMonths, '0.095', '$0.095 per additional GB-month of backup storage exceeding free allocation', {
        usageType: 'RDS:ChargedBackupUsage', operation: 'CreateDBInstance:0014', weight: 0.5,
      }),
    ],
  },
  {
    name: 'Amazon DynamoDB',
    code: 'AmazonDynamoDB',
    category: 'Databases',
    subcategory: 'NoSQL Databases',
    resourceType: 'Table',
    resourceIdTemplate: 'arn:aws:dynamodb:{region}:{accountNumber}:table/{name}',
    resourceNameTemplate: '{app}-{env}-table-{n}',
    scope: 'regional',
    workload: 'business',
    weight: 3,
    skus: [
      sku('ddb-storage', 'TimedStorage-ByteHrs', U.gbMonths, '0.25', '$0.25 per GB-Month of storage used beyond first 25 free GB-Months', {
        usageType: 'TimedStorage-ByteHrs', operation: 'StandardStorage', details: { StorageClass: 'Standard' }, weight: 2,
      }),
      sku('ddb-read-ondemand', 'ReadRequestUnits', per(1000000, 'Units'), '0.25', '$0.25 per million read request units', {
        usageType: 'ReadRequestUnits', operation: 'PayPerRequestThroughput', weight: 2,
      }),
      sku('ddb-write-ondemand', 'WriteRequestUnits', per(1000000, 'Units'), '1.25', '$1.25 per million write request units', {
        usageType: 'WriteRequestUnits', operation: 'PayPerRequestThroughput', weight: 2,
      }),
      sku('ddb-read-provisioned', 'ReadCapacityUnit-Hrs', U.hours, '0.00013', '$0.00013 per hour for units of read capacity beyond the free tier level', {
        usageType: 'ReadCapacityUnit-Hrs', operation: 'CommittedThroughput', commitmentPrograms: [...RI], weight: 1,
      }),
      sku('ddb-write-provisioned', 'WriteCapacityUnit-Hrs', U.hours, '0.00065', '$0.00065 per hour for units of write capacity beyond the free tier level', {
        usageType: 'WriteCapacityUnit-Hrs', operation: 'CommittedThroughput', commitmentPrograms: [...RI], weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon ElastiCache',
    code: 'AmazonElastiCache',
    category: 'Databases',
    subcategory: 'Caching',
    resourceType: 'Cache Cluster',
    resourceIdTemplate: 'arn:aws:elasticache:{region}:{accountNumber}:cluster:{name}',
    resourceNameTemplate: '{app}-{env}-cache-{n}',
    scope: 'zonal',
    workload: 'steady',
    weight: 2,
    skus: [
      sku('cache-t3-medium', 'NodeUsage:cache.t3.medium', U.hours, '0.068', '$0.068 per Cache T3 Medium instance hour (or partial hour)', {
        usageType: 'NodeUsage:cache.t3.medium', operation: 'CreateCacheCluster:0002',
        details: { InstanceType: 'cache.t3.medium', InstanceSeries: 'T3', CoreCount: 2, MemorySize: 3.09, x_CacheEngine: 'Redis' },
        commitmentPrograms: [...RI], weight: 1,
      }),
      sku('cache-m5-large', 'NodeUsage:cache.m5.large', U.hours, '0.156', '$0.156 per Cache M5 Large instance hour (or partial hour)', {
        usageType: 'NodeUsage:cache.m5.large', operation: 'CreateCacheCluster:0002',
        details: { InstanceType: 'cache.m5.large', InstanceSeries: 'M5', CoreCount: 2, MemorySize: 6.38, x_CacheEngine: 'Redis' },
        commitmentPrograms: [...RI], weight: 2,
      }),
      sku('cache-r6g-large', 'NodeUsage:cache.r6g.large', U.hours, '0.206', '$0.206 per Cache R6G Large instance hour (or partial hour)', {
        usageType: 'NodeUsage:cache.r6g.large', operation: 'CreateCacheCluster:0002',
        details: { InstanceType: 'cache.r6g.large', InstanceSeries: 'R6g', CoreCount: 2, MemorySize: 13.07, x_CacheEngine: 'Redis' },
        commitmentPrograms: [...RI], weight: 2,
      }),
    ],
  },
  {
    name: 'Amazon Redshift',
    code: 'AmazonRedshift',
    category: 'Databases',
    subcategory: 'Data Warehouses',
    resourceType: 'Cluster',
    resourceIdTemplate: 'arn:aws:redshift:{region}:{accountNumber}:cluster:{name}',
    resourceNameTemplate: '{team}-{env}-dw',
    scope: 'regional',
    workload: 'steady',
    weight: 4,
    skus: [
      sku('redshift-ra3-4xlarge', 'Node:ra3.4xlarge', U.hours, '3.26', '$3.26 per RA3 4XL Node Hour (or partial hour)', {
        usageType: 'Node:ra3.4xlarge', operation: 'RunComputeNode:0001',
        details: { InstanceType: 'ra3.4xlarge', InstanceSeries: 'RA3', CoreCount: 12, MemorySize: 96 },
        commitmentPrograms: [...RI], weight: 4,
      }),
      sku('redshift-dc2-large', 'Node:dc2.large', U.hours, '0.25', '$0.25 per DC2.Large Node Hour (or partial hour)', {
        usageType: 'Node:dc2.large', operation: 'RunComputeNode:0001',
        details: { InstanceType: 'dc2.large', InstanceSeries: 'DC2', CoreCount: 2, MemorySize: 15 },
        commitmentPrograms: [...RI], weight: 1,
      }),
      sku('redshift-rms', 'RMS:ra3', U.gbMonths, '0.024', '$0.024 per GB-Month for Redshift Managed Storage', {
        usageType: 'RMS:ra3', operation: 'RunComputeNode:0001', weight: 1,
      }),
      sku('redshift-serverless', 'ServerlessUsage', per(1, 'RPU-Hours'), '0.375', '$0.375 per RPU-hour for Redshift Serverless', {
        usageType: 'ServerlessUsage', operation: 'Usage', weight: 2,
      }),
    ],
  },
  {
    name: 'Amazon DocumentDB (with MongoDB compatibility)',
    code: 'AmazonDocDB',
    category: 'Databases',
    subcategory: 'NoSQL Databases',
    resourceType: 'DB Instance',
    resourceIdTemplate: 'arn:aws:rds:{region}:{accountNumber}:db:{name}',
    resourceNameTemplate: '{app}-{env}-docdb-{n}',
    scope: 'zonal',
    workload: 'steady',
    weight: 1,
    skus: [
      sku('docdb-r6g-large', 'InstanceUsage:db.r6g.large', U.hours, '0.277', '$0.277 per db.r6g.large instance hour (or partial hour) running Amazon DocumentDB', {
        usageType: 'InstanceUsage:db.r6g.large', operation: 'CreateDBInstance',
        details: { InstanceType: 'db.r6g.large', InstanceSeries: 'R6g', CoreCount: 2, MemorySize: 16 },
        commitmentPrograms: [...RI], weight: 3,
      }),
      sku('docdb-storage', 'StorageUsage', U.gbMonths, '0.10', '$0.10 per GB-month of storage used by Amazon DocumentDB', {
        usageType: 'StorageUsage', operation: 'StorageUsage', weight: 1,
      }),
      sku('docdb-io', 'StorageIOUsage', per(1000000, 'IOs'), '0.20', '$0.20 per 1 million I/O requests for Amazon DocumentDB', {
        usageType: 'StorageIOUsage', operation: 'StorageIOUsage', weight: 0.5,
      }),
    ],
  },
];
