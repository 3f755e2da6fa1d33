/**
 * Google Cloud compute and storage services (cores and memory are separate SKUs, as on a real
 * bill). ServiceName is the billing export's service.description, code its service.id; SKU
 * descriptions and us-central1 list prices as Google publishes them.
 */
import type { ServiceDef, SkuDef } from '../types.js';
import { U, months, per } from '../shared.js';
import { gsku } from './skus.js';

const CUD = ['committed-use'] as const;

function family(series: string, core: string, ram: string, weight: number): SkuDef[] {
  const common = { commitmentPrograms: [...CUD], spot: true };
  return [
    gsku(`gce-${series.toLowerCase()}-core`, `${series} Instance Core running in {region}`, U.hours, core, {
      details: { InstanceSeries: series, CoreCount: 1 },
      weight: weight * 2,
      ...common,
    }),
    gsku(`gce-${series.toLowerCase()}-ram`, `${series} Instance Ram running in {region}`, U.gibHours, ram, {
      details: { InstanceSeries: series, MemorySize: 1 },
      weight,
      ...common,
    }),
  ];
}

export const GCP_COMPUTE_STORAGE: ServiceDef[] = [
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
      ...family('N1', '0.031611', '0.004237', 2),
      ...family('C2D', '0.029563', '0.003959', 1),
      gsku('gce-gpu-t4', 'Nvidia Tesla T4 GPU running in {region}', U.hours, '0.35', {
        details: { GpuCount: 1, x_GpuType: 'nvidia-tesla-t4' },
        commitmentPrograms: [...CUD],
        spot: true,
        weight: 1,
      }),
      gsku('gce-gpu-l4', 'Nvidia L4 GPU running in {region}', U.hours, '0.5600040', {
        details: { GpuCount: 1, x_GpuType: 'nvidia-l4' },
        commitmentPrograms: [...CUD],
        spot: true,
        weight: 1,
      }),
      gsku('gce-gpu-a100', 'Nvidia Tesla A100 GPU running in {region}', U.hours, '2.933908', {
        details: { GpuCount: 1, x_GpuType: 'nvidia-tesla-a100' },
        commitmentPrograms: [...CUD],
        spot: true,
        weight: 1,
      }),
      gsku('gce-pd-balanced', 'Balanced PD Capacity in {region}', U.gibMonths, '0.1', {
        details: { DiskType: 'SSD', x_DiskKind: 'pd-balanced' },
        weight: 2,
      }),
      gsku('gce-pd-ssd', 'SSD backed PD Capacity in {region}', U.gibMonths, '0.17', {
        details: { DiskType: 'SSD', x_DiskKind: 'pd-ssd' },
        weight: 1,
      }),
      gsku('gce-pd-standard', 'Storage PD Capacity in {region}', U.gibMonths, '0.04', {
        details: { DiskType: 'HDD', x_DiskKind: 'pd-standard' },
        weight: 1,
      }),
      gsku('gce-hyperdisk-balanced', 'Hyperdisk Balanced Capacity in {region}', U.gibMonths, '0.08', {
        details: { DiskType: 'SSD', x_DiskKind: 'hyperdisk-balanced' },
        weight: 1,
      }),
      gsku('gce-snapshot', 'Storage PD Snapshot in {region}', U.gibMonths, '0.05', { weight: 0.5 }),
      gsku(
        'gce-egress',
        'Network Internet Data Transfer Out from {region} to Americas',
        per(1, 'GiB'),
        '0.12',
        {
          weight: 2,
        },
      ),
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
      gsku('gke-zonal', 'Zonal Kubernetes Clusters', U.hours, '0.1', { weight: 1 }),
      gsku('gke-autopilot-spot-cpu', 'Autopilot Spot Pod mCPU Requests ({region})', U.hours, '0.0133', {
        details: { CoreCount: 1 },
        weight: 1,
      }),
      gsku('gke-autopilot-cpu', 'Autopilot Pod mCPU Requests ({region})', U.hours, '0.0445', {
        details: { CoreCount: 1 },
        commitmentPrograms: [...CUD],
        spot: true,
        weight: 4,
      }),
      gsku('gke-autopilot-mem', 'Autopilot Pod Memory Requests ({region})', U.gibHours, '0.0049225', {
        details: { MemorySize: 1 },
        commitmentPrograms: [...CUD],
        weight: 2,
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
      gsku('run-cpu', 'CPU Allocation Time', per(1, 'Seconds'), '0.000024', {
        commitmentPrograms: [...CUD],
        weight: 4,
      }),
      gsku('run-memory', 'Memory Allocation Time', per(1, 'GiB-Seconds'), '0.0000025', {
        commitmentPrograms: [...CUD],
        weight: 2,
      }),
      gsku('run-requests', 'Requests', U.req1m, '0.4', { weight: 1 }),
      gsku('run-idle-cpu', 'Idle Min-Instance CPU Allocation Time', per(1, 'Seconds'), '0.0000025', {
        weight: 0.5,
      }),
      gsku(
        'run-egress',
        'Cloud Run Network Internet Data Transfer Out North America to North America',
        per(1, 'GiB'),
        '0.12',
        { weight: 0.5 },
      ),
    ],
  },
  {
    name: 'Cloud Functions',
    code: '29E7-DA93-CA13',
    category: 'Compute',
    subcategory: 'Serverless Compute',
    resourceType: 'Function',
    resourceIdTemplate:
      '//cloudfunctions.googleapis.com/projects/{project}/locations/{region}/functions/{name}',
    resourceNameTemplate: '{app}-{env}-fn-{n}',
    scope: 'regional',
    workload: 'business',
    weight: 1,
    skus: [
      gsku('gcf-invocations', 'Invocations', U.req1m, '0.4', { weight: 1 }),
      gsku('gcf-cpu', 'CPU Time', per(1, 'GHz-Seconds'), '0.00001', { weight: 2 }),
      gsku('gcf-memory', 'Memory Time', per(1, 'GiB-Seconds'), '0.0000025', { weight: 1 }),
      gsku('gcf-egress', 'Networking Traffic Egress', per(1, 'GiB'), '0.12', { weight: 0.5 }),
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
      gsku('gae-frontend', 'Frontend Instances', U.hours, '0.05', {
        details: { InstanceType: 'F1' },
        weight: 2,
      }),
      gsku('gae-flex-core', 'Flex Instance Core Hours', U.hours, '0.0526', {
        details: { CoreCount: 1 },
        weight: 1,
      }),
      gsku('gae-backend', 'Backend Instances', U.hours, '0.05', {
        details: { InstanceType: 'B1' },
        weight: 1,
      }),
    ],
  },
  {
    name: 'Artifact Registry',
    code: '149C-F9EC-3994',
    category: 'Compute',
    subcategory: 'Containers',
    resourceType: 'Repository',
    resourceIdTemplate:
      '//artifactregistry.googleapis.com/projects/{project}/locations/{region}/repositories/{name}',
    resourceNameTemplate: '{team}-images',
    scope: 'regional',
    workload: 'growing',
    weight: 0.3,
    skus: [
      gsku('ar-storage', 'Artifact Registry Storage', U.gibMonths, '0.1', { weight: 1 }),
      gsku('ar-egress', 'Artifact Registry Network Inter Region Data Transfer Out', per(1, 'GiB'), '0.01', {
        weight: 0.3,
      }),
    ],
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
      gsku('gcs-standard', 'Standard Storage {region}', U.gibMonths, '0.02', {
        details: { StorageClass: 'Standard', Redundancy: 'Regional' },
        weight: 6,
      }),
      gsku('gcs-standard-multi', 'Standard Storage US Multi-region', U.gibMonths, '0.026', {
        details: { StorageClass: 'Standard', Redundancy: 'Global' },
        weight: 2,
      }),
      gsku('gcs-nearline', 'Nearline Storage {region}', U.gibMonths, '0.01', {
        details: { StorageClass: 'Nearline', Redundancy: 'Regional' },
        weight: 2,
      }),
      gsku('gcs-coldline', 'Coldline Storage {region}', U.gibMonths, '0.004', {
        details: { StorageClass: 'Coldline', Redundancy: 'Regional' },
        weight: 1,
      }),
      gsku('gcs-archive', 'Archive Storage {region}', U.gibMonths, '0.0012', {
        details: { StorageClass: 'Archive', Redundancy: 'Regional' },
        weight: 1,
      }),
      gsku('gcs-nearline-retrieval', 'Nearline Storage Data Retrieval', per(1, 'GiB'), '0.01', {
        weight: 0.5,
      }),
      gsku(
        'gcs-replication',
        'Network Data Transfer GCP Replication within Northern America',
        per(1, 'GiB'),
        '0.02',
        { weight: 0.5 },
      ),
      gsku('gcs-class-a', 'Standard Storage Class A Operations', U.req1k, '0.005', { weight: 1 }),
      gsku('gcs-class-b', 'Standard Storage Class B Operations', U.req10k, '0.004', { weight: 1 }),
      gsku(
        'gcs-egress',
        'Download Worldwide Destinations (excluding Asia & Australia)',
        per(1, 'GiB'),
        '0.12',
        {
          weight: 2,
        },
      ),
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
      gsku('filestore-basic-hdd', 'Filestore Capacity Basic HDD {region}', U.gibMonths, '0.16', {
        details: { DiskType: 'HDD' },
        weight: 2,
      }),
      gsku('filestore-zonal', 'Filestore Capacity Zonal {region}', U.gibMonths, '0.25', {
        details: { DiskType: 'SSD' },
        weight: 1,
      }),
      gsku('filestore-enterprise', 'Filestore Capacity Enterprise {region}', U.gibMonths, '0.45', {
        details: { DiskType: 'SSD', Redundancy: 'Regional' },
        weight: 0.5,
      }),
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
      gsku('gkebackup-storage', 'Backup for GKE Backup Storage {region}', U.gibMonths, '0.028', {
        weight: 2,
      }),
      gsku('gkebackup-pods', 'Backup for GKE Protected Pod', months('Pod'), '0.25', { weight: 1 }),
    ],
  },
];
