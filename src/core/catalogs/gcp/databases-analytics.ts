/**
 * Google Cloud database and analytics services. ServiceName is the billing export's
 * service.description, code its service.id; SKU descriptions and us-central1 list prices as Google
 * publishes them.
 */
import type { ServiceDef } from '../types.js';
import { U, months, per } from '../shared.js';
import { gsku } from './skus.js';

const CUD = ['committed-use'] as const;

export const GCP_DATABASES_ANALYTICS: ServiceDef[] = [
  {
    name: 'BigQuery',
    code: '24E6-581D-38E5',
    category: 'Databases',
    subcategory: 'Data Warehouses',
    resourceType: 'Dataset',
    resourceIdTemplate: '//bigquery.googleapis.com/projects/{project}/datasets/{name}',
    resourceNameTemplate: '{team}_{env}_dw',
    scope: 'regional',
    workload: 'business',
    weight: 8,
    skus: [
      gsku('bq-analysis', 'Analysis', per(1, 'TiB'), '6.25', { weight: 4 }),
      gsku('bq-enterprise-slots', 'BigQuery Enterprise Edition ({region})', per(1, 'Slot-Hours'), '0.06', {
        commitmentPrograms: [...CUD],
        weight: 4,
      }),
      gsku('bq-active-storage', 'Active Logical Storage', U.gibMonths, '0.02', { weight: 2 }),
      gsku('bq-longterm-storage', 'Long Term Logical Storage', U.gibMonths, '0.01', { weight: 1 }),
      gsku('bq-streaming', 'Streaming Insert', per(1, 'GiB'), '0.05', { weight: 0.5 }),
      gsku('bq-standard-slots', 'BigQuery Standard Edition ({region})', per(1, 'Slot-Hours'), '0.04', {
        weight: 1,
      }),
      gsku('bq-physical-storage', 'Active Physical Storage', U.gibMonths, '0.04', { weight: 0.5 }),
    ],
  },
  {
    name: 'Cloud SQL',
    code: '9662-B51E-5089',
    category: 'Databases',
    subcategory: 'Relational Databases',
    resourceType: 'Instance',
    resourceIdTemplate: '//cloudsql.googleapis.com/projects/{project}/instances/{name}',
    resourceNameTemplate: '{app}-{env}-sql-{n}',
    scope: 'zonal',
    workload: 'steady',
    weight: 6,
    skus: [
      gsku('sql-pg-vcpu', 'Cloud SQL for PostgreSQL: Zonal - vCPU in {region}', U.hours, '0.0413', {
        details: { CoreCount: 1, x_DatabaseEngine: 'PostgreSQL' },
        commitmentPrograms: [...CUD],
        weight: 4,
      }),
      gsku('sql-pg-ram', 'Cloud SQL for PostgreSQL: Zonal - RAM in {region}', U.gibHours, '0.007', {
        details: { MemorySize: 1, x_DatabaseEngine: 'PostgreSQL' },
        commitmentPrograms: [...CUD],
        weight: 2,
      }),
      gsku('sql-mysql-ha-vcpu', 'Cloud SQL for MySQL: Regional - vCPU in {region}', U.hours, '0.0826', {
        details: { CoreCount: 1, x_DatabaseEngine: 'MySQL' },
        commitmentPrograms: [...CUD],
        weight: 2,
      }),
      gsku(
        'sql-storage',
        'Cloud SQL for PostgreSQL: Zonal - Standard storage in {region}',
        U.gibMonths,
        '0.17',
        {
          details: { DiskType: 'SSD' },
          weight: 1,
        },
      ),
      gsku('sql-mysql-ha-ram', 'Cloud SQL for MySQL: Regional - RAM in {region}', U.gibHours, '0.014', {
        details: { MemorySize: 1, x_DatabaseEngine: 'MySQL' },
        commitmentPrograms: [...CUD],
        weight: 1,
      }),
      gsku('sql-sqlserver-vcpu', 'Cloud SQL for SQL Server: Zonal - vCPU in {region}', U.hours, '0.0413', {
        details: { CoreCount: 1, x_DatabaseEngine: 'SQL Server' },
        commitmentPrograms: [...CUD],
        weight: 1,
      }),
      gsku('sql-sqlserver-license', 'Cloud SQL for SQL Server: Standard license', U.hours, '0.1645', {
        details: { CoreCount: 1, x_DatabaseEngine: 'SQL Server' },
        weight: 1,
      }),
    ],
  },
  {
    name: 'Cloud Spanner',
    code: 'CC63-0873-48FD',
    category: 'Databases',
    subcategory: 'Relational Databases',
    resourceType: 'Instance',
    resourceIdTemplate: '//spanner.googleapis.com/projects/{project}/instances/{name}',
    resourceNameTemplate: '{app}-{env}-spanner',
    scope: 'regional',
    workload: 'steady',
    weight: 2,
    skus: [
      gsku('spanner-pu', 'Spanner Processing Units ({region})', per(1, 'Unit-Hours'), '0.0009', {
        commitmentPrograms: [...CUD],
        weight: 4,
      }),
      gsku('spanner-storage', 'Spanner Storage ({region})', U.gibMonths, '0.3', { weight: 1 }),
      gsku('spanner-backup', 'Spanner Backup Storage ({region})', U.gibMonths, '0.1', { weight: 0.5 }),
    ],
  },
  {
    name: 'Cloud Bigtable',
    code: 'C3BE-24A5-0975',
    category: 'Databases',
    subcategory: 'NoSQL Databases',
    resourceType: 'Instance',
    resourceIdTemplate: '//bigtableadmin.googleapis.com/projects/{project}/instances/{name}',
    resourceNameTemplate: '{app}-{env}-bt',
    scope: 'zonal',
    workload: 'steady',
    weight: 1.5,
    skus: [
      gsku('bigtable-nodes', 'Bigtable Nodes ({region})', U.hours, '0.65', {
        commitmentPrograms: [...CUD],
        weight: 3,
      }),
      gsku('bigtable-ssd', 'Bigtable SSD Storage ({region})', U.gibMonths, '0.17', {
        details: { DiskType: 'SSD' },
        weight: 1,
      }),
      gsku('bigtable-hdd', 'Bigtable HDD Storage ({region})', U.gibMonths, '0.026', {
        details: { DiskType: 'HDD' },
        weight: 0.5,
      }),
    ],
  },
  {
    name: 'Cloud Memorystore for Redis',
    code: '5AF5-2C11-D467',
    category: 'Databases',
    subcategory: 'Caching',
    resourceType: 'Instance',
    resourceIdTemplate: '//redis.googleapis.com/projects/{project}/locations/{region}/instances/{name}',
    resourceNameTemplate: '{app}-{env}-redis',
    scope: 'zonal',
    workload: 'steady',
    weight: 1.5,
    skus: [
      gsku('redis-standard-m1', 'Redis Capacity Standard M1 {region}', U.gibHours, '0.049', {
        details: { x_Tier: 'Standard' },
        commitmentPrograms: [...CUD],
        weight: 2,
      }),
      gsku('redis-basic-m1', 'Redis Capacity Basic M1 {region}', U.gibHours, '0.027', {
        details: { x_Tier: 'Basic' },
        weight: 1,
      }),
      gsku('redis-standard-m2', 'Redis Capacity Standard M2 {region}', U.gibHours, '0.035', {
        details: { x_Tier: 'Standard' },
        commitmentPrograms: [...CUD],
        weight: 1,
      }),
    ],
  },
  {
    name: 'Cloud Dataflow',
    code: '1992-3666-B975',
    category: 'Analytics',
    subcategory: 'Data Processing',
    resourceType: 'Job',
    resourceIdTemplate: '//dataflow.googleapis.com/projects/{project}/locations/{region}/jobs/{name}',
    resourceNameTemplate: '{app}-{env}-pipeline-{n}',
    scope: 'regional',
    workload: 'batch',
    weight: 3,
    skus: [
      gsku('df-vcpu-batch', 'vCPU Time Batch {region}', U.hours, '0.056', {
        details: { CoreCount: 1 },
        weight: 4,
      }),
      gsku('df-ram-batch', 'RAM Time Batch {region}', U.gibHours, '0.003557', {
        details: { MemorySize: 1 },
        weight: 1,
      }),
      gsku('df-vcpu-streaming', 'vCPU Time Streaming {region}', U.hours, '0.069', {
        details: { CoreCount: 1 },
        weight: 2,
      }),
      gsku('df-shuffle', 'Data Processed during Shuffle Batch {region}', per(1, 'GiB'), '0.011', {
        weight: 1,
      }),
      gsku('df-ram-streaming', 'RAM Time Streaming {region}', U.gibHours, '0.003557', {
        details: { MemorySize: 1 },
        weight: 1,
      }),
    ],
  },
  {
    name: 'Cloud Dataproc',
    code: '363B-8851-170D',
    category: 'Analytics',
    subcategory: 'Data Processing',
    resourceType: 'Cluster',
    resourceIdTemplate: '//dataproc.googleapis.com/projects/{project}/regions/{region}/clusters/{name}',
    resourceNameTemplate: '{team}-{env}-dataproc',
    scope: 'regional',
    workload: 'batch',
    weight: 1.5,
    skus: [
      gsku('dataproc-vcpu', 'Licensing Fee for Google Cloud Dataproc (CPU cost)', U.hours, '0.01', {
        details: { CoreCount: 1 },
        weight: 2,
      }),
      gsku(
        'dataproc-serverless',
        'Dataproc Serverless Data Compute Unit ({region})',
        per(1, 'DCU-Hours'),
        '0.06',
        { weight: 1 },
      ),
      gsku('dataproc-shuffle', 'Dataproc Serverless Shuffle Storage ({region})', U.gibMonths, '0.04', {
        weight: 0.3,
      }),
    ],
  },
  {
    name: 'Cloud Composer',
    code: '1C0C-8E6F-D3F6',
    category: 'Analytics',
    subcategory: 'Data Processing',
    resourceType: 'Environment',
    resourceIdTemplate: '//composer.googleapis.com/projects/{project}/locations/{region}/environments/{name}',
    resourceNameTemplate: '{team}-{env}-composer',
    scope: 'regional',
    workload: 'steady',
    weight: 1,
    skus: [
      gsku('composer-cpu', 'Cloud Composer 2 Compute mCPU ({region})', U.hours, '0.045', {
        details: { CoreCount: 1 },
        weight: 2,
      }),
      gsku('composer-env', 'Cloud Composer 2 Small Environment Fee ({region})', U.hours, '0.35', {
        weight: 1,
      }),
      gsku('composer-memory', 'Cloud Composer 2 Compute Memory ({region})', U.gibHours, '0.005', {
        weight: 1,
      }),
      gsku('composer-storage', 'Cloud Composer 2 Compute Storage ({region})', U.gibMonths, '0.15', {
        weight: 0.2,
      }),
    ],
  },
  {
    name: 'Looker Data Platform SaaS',
    code: '7AB1-7C6A-2A53',
    category: 'Analytics',
    subcategory: 'Business Intelligence',
    resourceType: null,
    scope: 'global',
    workload: 'steady',
    weight: 0.5,
    skus: [gsku('looker-studio-pro', 'Looker Studio Pro User', months('User'), '9', { weight: 1 })],
  },
];
