/**
 * Google Cloud compute, storage, database and analytics services. ServiceName is the billing
 * export's service.description, code its service.id; SKU descriptions and us-central1 list prices
 * as Google publishes them (cores and memory are separate SKUs, as on a real bill).
 */
import type { ServiceDef, SkuDef } from '../types.js';
import { U, months, per } from '../shared.js';
import { gsku } from './skus.js';

const CUD = ['committed-use'] as const;

function family(series: string, core: string, ram: string, weight: number): SkuDef[] {
  const common = { commitmentPrograms: [...CUD], spot: true };
  return [
    gsku(`gce-${series.toLowerCase()}-core`, `${series} Instance Core running in {region}`, U.hours, core, {
      details: { InstanceSeries: series, CoreCount: 1 }, weight: weight * 2, ...common,
    }),
    gsku(`gce-${series.toLowerCase()}-ram`, `${series} Instance Ram running in {region}`, U.gibHours, ram, {
      details: { InstanceSeries: series, MemorySize: 1 }, weight, ...common,
    }),
  ];
}

export const GCP_CORE: ServiceDef[] = [
  {
    name: 'Compute Engine',
    code: '6F81-5844-456A',
    category: 'Compute',
    subcategory: 'Virtual Machines',
    resourceType: 'Instance',
    resourceIdTemplate: '//compute.googleapis.com/projects/{project}/zones/{zone}/instances/{name}',
    resourceNameTemplate: '{app}-{env}-{n}',
    scope: 'zonal',
    workload: 'steady',
    weight: 10,
    skus: [
      ...family('E2', '0.021811', '0.002923', 3),
      ...family('N2', '0.031611', '0.004237', 3),
      ...family('N2D', '0.027502', '0.003686', 1),
      ...family('C3', '0.03465', '0.003938', 1),
      gsku('gce-gpu-t4', 'Nvidia Tesla T4 GPU running in {region}', U.hours, '0.35', {
        details: { GpuCount: 1, x_GpuType: 'nvidia-tesla-t4' }, commitmentPrograms: [...CUD], spot: true, weight: 1,
      }),
      gsku('gce-gpu-l4', 'Nvidia L4 GPU running in {region}', U.hours, '0.5600040', {
        details: { GpuCount: 1, x_GpuType: 'nvidia-l4' }, commitmentPrograms: [...CUD], spot: true, weight: 1,
      }),
      gsku('gce-gpu-a100', 'Nvidia Tesla A100 GPU running in {region}', U.hours, '2.933908', {
        details: { GpuCount: 1, x_GpuType: 'nvidia-tesla-a100' }, commitmentPrograms: [...CUD], spot: true, weight: 1,
      }),
      gsku('gce-pd-balanced', 'Balanced PD Capacity in {region}', U.gibMonths, '0.1', {
        details: { DiskType: 'SSD', x_DiskKind: 'pd-balanced' }, weight: 2,
      }),
      gsku('gce-pd-ssd', 'SSD backed PD Capacity in {region}', U.gibMonths, '0.17', {
        details: { DiskType: 'SSD', x_DiskKind: 'pd-ssd' }, weight: 1,
      }),
      gsku('gce-pd-standard', 'Storage PD Capacity in {region}', U.gibMonths, '0.04', {
        details: { DiskType: 'HDD', x_DiskKind: 'pd-standard' }, weight: 1,
      }),
      gsku('gce-snapshot', 'Storage PD Snapshot in {region}', U.gibMonths, '0.05', { weight: 0.5 }),
      gsku('gce-egress', 'Network Internet Data Transfer Out from {region} to Americas', per(1, 'GiB'), '0.12', {
        weight: 2,
      }),
    ],
  },
  {
    name: 'Kubernetes Engine',
    code: 'CCD8-9BF1-090E',
    category: 'Compute',
    subcategory: 'Containers',
    resourceType: 'Cluster',
    resourceIdTemplate: '//container.googleapis.com/projects/{project}/locations/{region}/clusters/{name}',
    resourceNameTemplate: '{team}-{env}-gke',
    scope: 'regional',
    workload: 'steady',
    weight: 3,
    skus: [
      gsku('gke-regional', 'Regional Kubernetes Clusters', U.hours, '0.1', { weight: 2 }),
      gsku('gke-autopilot-cpu', 'Autopilot Pod mCPU Requests ({region})', U.hours, '0.0445', {
        details: { CoreCount: 1 }, commitmentPrograms: [...CUD], spot: true, weight: 4,
      }),
      gsku('gke-autopilot-mem', 'Autopilot Pod Memory Requests ({region})', U.gibHours, '0.0049225', {
        details: { MemorySize: 1 }, commitmentPrograms: [...CUD], weight: 2,
      }),
    ],
  },
  {
    name: 'Cloud Run',
    code: '152E-C115-5142',
    category: 'Compute',
    subcategory: 'Serverless Compute',
    resourceType: 'Service',
    resourceIdTemplate: '//run.googleapis.com/projects/{project}/locations/{region}/services/{name}',
    resourceNameTemplate: '{app}-{env}',
    scope: 'regional',
    workload: 'business',
    weight: 2,
    skus: [
      gsku('run-cpu', 'CPU Allocation Time', per(1, 'Seconds'), '0.000024', { commitmentPrograms: [...CUD], weight: 4 }),
      gsku('run-memory', 'Memory Allocation Time', per(1, 'GiB-Seconds'), '0.0000025', { commitmentPrograms: [...CUD], weight: 2 }),
      gsku('run-requests', 'Requests', U.req1m, '0.4', { weight: 1 }),
    ],
  },
  {
    name: 'Cloud Functions',
    code: '29E7-DA93-CA13',
    category: 'Compute',
    subcategory: 'Serverless Compute',
    resourceType: 'Function',
    resourceIdTemplate: '//cloudfunctions.googleapis.com/projects/{project}/locations/{region}/functions/{name}',
    resourceNameTemplate: '{app}-{env}-fn-{n}',
    scope: 'regional',
    workload: 'business',
    weight: 1,
    skus: [
      gsku('gcf-invocations', 'Invocations', U.req1m, '0.4', { weight: 1 }),
      gsku('gcf-cpu', 'CPU Time', per(1, 'GHz-Seconds'), '0.00001', { weight: 2 }),
      gsku('gcf-memory', 'Memory Time', per(1, 'GiB-Seconds'), '0.0000025', { weight: 1 }),
    ],
  },
  {
    name: 'App Engine',
    code: 'F17B-412E-CB64',
    category: 'Compute',
    subcategory: 'Serverless Compute',
    resourceType: 'Application',
    resourceIdTemplate: '//appengine.googleapis.com/apps/{project}/services/{name}',
    resourceNameTemplate: '{app}',
    scope: 'regional',
    workload: 'business',
    weight: 0.5,
    skus: [
      gsku('gae-frontend', 'Frontend Instances', U.hours, '0.05', { details: { InstanceType: 'F1' }, weight: 2 }),
      gsku('gae-flex-core', 'Flex Instance Core Hours', U.hours, '0.0526', { details: { CoreCount: 1 }, weight: 1 }),
    ],
  },
  {
    name: 'Artifact Registry',
    code: '149C-F9EC-3994',
    category: 'Compute',
    subcategory: 'Containers',
    resourceType: 'Repository',
    resourceIdTemplate: '//artifactregistry.googleapis.com/projects/{project}/locations/{region}/repositories/{name}',
    resourceNameTemplate: '{team}-images',
    scope: 'regional',
    workload: 'growing',
    weight: 0.3,
    skus: [gsku('ar-storage', 'Artifact Registry Storage', U.gibMonths, '0.1', { weight: 1 })],
  },
  {
    name: 'Cloud Storage',
    code: '95FF-2EF5-5EA1',
    category: 'Storage',
    subcategory: 'Object Storage',
    resourceType: 'Bucket',
    resourceIdTemplate: '//storage.googleapis.com/projects/_/buckets/{name}',
    resourceNameTemplate: '{app}-{env}-{hex8}',
    scope: 'regional',
    workload: 'growing',
    weight: 10,
    skus: [
      gsku('gcs-standard', 'Standard Storage {region}', U.gibMonths, '0.02', { details: { StorageClass: 'Standard', Redundancy: 'Regional' }, weight: 6 }),
      gsku('gcs-standard-multi', 'Standard Storage US Multi-region', U.gibMonths, '0.026', {
        details: { StorageClass: 'Standard', Redundancy: 'Global' }, weight: 2,
      }),
      gsku('gcs-nearline', 'Nearline Storage {region}', U.gibMonths, '0.01', { details: { StorageClass: 'Nearline', Redundancy: 'Regional' }, weight: 2 }),
      gsku('gcs-coldline', 'Coldline Storage {region}', U.gibMonths, '0.004', { details: { StorageClass: 'Coldline', Redundancy: 'Regional' }, weight: 1 }),
      gsku('gcs-archive', 'Archive Storage {region}', U.gibMonths, '0.0012', { details: { StorageClass: 'Archive', Redundancy: 'Regional' }, weight: 1 }),
      gsku('gcs-class-a', 'Standard Storage Class A Operations', U.req1k, '0.005', { weight: 1 }),
      gsku('gcs-class-b', 'Standard Storage Class B Operations', U.req10k, '0.004', { weight: 1 }),
      gsku('gcs-egress', 'Download Worldwide Destinations (excluding Asia & Australia)', per(1, 'GiB'), '0.12', {
        weight: 2,
      }),
    ],
  },
  {
    name: 'Cloud Filestore',
    code: 'D97E-AB26-5D95',
    category: 'Storage',
    subcategory: 'File Storage',
    resourceType: 'Instance',
    resourceIdTemplate: '//file.googleapis.com/projects/{project}/locations/{zone}/instances/{name}',
    resourceNameTemplate: '{team}-{env}-nfs',
    scope: 'zonal',
    workload: 'steady',
    weight: 1,
    skus: [
      gsku('filestore-basic-hdd', 'Filestore Capacity Basic HDD {region}', U.gibMonths, '0.16', { details: { DiskType: 'HDD' }, weight: 2 }),
      gsku('filestore-zonal', 'Filestore Capacity Zonal {region}', U.gibMonths, '0.25', { details: { DiskType: 'SSD' }, weight: 1 }),
    ],
  },
  {
    name: 'Backup for GKE',
    code: '4A3A-C9F4-5E8D',
    category: 'Storage',
    subcategory: 'Backup Storage',
    resourceType: 'Backup Plan',
    resourceIdTemplate: '//gkebackup.googleapis.com/projects/{project}/locations/{region}/backupPlans/{name}',
    resourceNameTemplate: '{team}-{env}-backup',
    scope: 'regional',
    workload: 'growing',
    weight: 0.5,
    skus: [
      gsku('gkebackup-storage', 'Backup for GKE Backup Storage {region}', U.gibMonths, '0.028', { weight: 2 }),
      gsku('gkebackup-pods', 'Backup for GKE Protected Pod', months('Pod'), '0.25', { weight: 1 }),
    ],
  },
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
        commitmentPrograms: [...CUD], weight: 4,
      }),
      gsku('bq-active-storage', 'Active Logical Storage', U.gibMonths, '0.02', { weight: 2 }),
      gsku('bq-longterm-storage', 'Long Term Logical Storage', U.gibMonths, '0.01', { weight: 1 }),
      gsku('bq-streaming', 'Streaming Insert', per(1, 'GiB'), '0.05', { weight: 0.5 }),
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
        details: { CoreCount: 1, x_DatabaseEngine: 'PostgreSQL' }, commitmentPrograms: [...CUD], weight: 4,
      }),
      gsku('sql-pg-ram', 'Cloud SQL for PostgreSQL: Zonal - RAM in {region}', U.gibHours, '0.007', {
        details: { MemorySize: 1, x_DatabaseEngine: 'PostgreSQL' }, commitmentPrograms: [...CUD], weight: 2,
      }),
      gsku('sql-mysql-ha-vcpu', 'Cloud SQL for MySQL: Regional - vCPU in {region}', U.hours, '0.0826', {
        details: { CoreCount: 1, x_DatabaseEngine: 'MySQL' }, commitmentPrograms: [...CUD], weight: 2,
      }),
      gsku('sql-storage', 'Cloud SQL for PostgreSQL: Zonal - Standard storage in {region}', U.gibMonths, '0.17', {
        details: { DiskType: 'SSD' }, weight: 1,
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
        commitmentPrograms: [...CUD], weight: 4,
      }),
      gsku('spanner-storage', 'Spanner Storage ({region})', U.gibMonths, '0.3', { weight: 1 }),
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
      gsku('bigtable-nodes', 'Bigtable Nodes ({region})', U.hours, '0.65', { commitmentPrograms: [...CUD], weight: 3 }),
      gsku('bigtable-ssd', 'Bigtable SSD Storage ({region})', U.gibMonths, '0.17', { details: { DiskType: 'SSD' }, weight: 1 }),
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
        details: { x_Tier: 'Standard' }, commitmentPrograms: [...CUD], weight: 2,
      }),
      gsku('redis-basic-m1', 'Redis Capacity Basic M1 {region}', U.gibHours, '0.027', { details: { x_Tier: 'Basic' }, weight: 1 }),
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
      gsku('df-vcpu-batch', 'vCPU Time Batch {region}', U.hours, '0.056', { details: { CoreCount: 1 }, weight: 4 }),
      gsku('df-ram-batch', 'RAM Time Batch {region}', U.gibHours, '0.003557', { details: { MemorySize: 1 }, weight: 1 }),
      gsku('df-vcpu-streaming', 'vCPU Time Streaming {region}', U.hours, '0.069', { details: { CoreCount: 1 }, weight: 2 }),
      gsku('df-shuffle', 'Data Processed during Shuffle Batch {region}', per(1, 'GiB'), '0.011', { weight: 1 }),
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
        details: { CoreCount: 1 }, weight: 2,
      }),
      gsku('dataproc-serverless', 'Dataproc Serverless Data Compute Unit ({region})', per(1, 'DCU-Hours'), '0.06', { weight: 1 }),
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
      gsku('composer-cpu', 'Cloud Composer 2 Compute mCPU ({region})', U.hours, '0.045', { details: { CoreCount: 1 }, weight: 2 }),
      gsku('composer-env', 'Cloud Composer 2 Small Environment Fee ({region})', U.hours, '0.35', { weight: 1 }),
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
