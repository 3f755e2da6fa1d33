/**
 * AWS compute services. Usage types, operations and us-east-1 on-demand list prices as AWS
 * publishes them (BoxUsage:<type>, RunInstances / RunInstances:0002 for Windows).
 */
import type { ServiceDef, SkuDef } from '../types.js';
import { U, sku } from '../shared.js';

interface Ec2Spec {
  type: string;
  series: string;
  cores: number;
  memory: number;
  linux: string;
  windows?: string;
  gpus?: number;
  weight?: number;
}

const EC2_TYPES: Ec2Spec[] = [
  { type: 't3.medium', series: 'T3', cores: 2, memory: 4, linux: '0.0416', windows: '0.0600', weight: 3 },
  { type: 't3.large', series: 'T3', cores: 2, memory: 8, linux: '0.0832', windows: '0.1108', weight: 3 },
  { type: 'm5.large', series: 'M5', cores: 2, memory: 8, linux: '0.096', windows: '0.188', weight: 4 },
  { type: 'm5.xlarge', series: 'M5', cores: 4, memory: 16, linux: '0.192', windows: '0.376', weight: 6 },
  { type: 'm5.2xlarge', series: 'M5', cores: 8, memory: 32, linux: '0.384', weight: 4 },
  { type: 'm6i.xlarge', series: 'M6i', cores: 4, memory: 16, linux: '0.192', weight: 3 },
  { type: 'm6g.xlarge', series: 'M6g', cores: 4, memory: 16, linux: '0.154', weight: 2 },
  { type: 'c5.xlarge', series: 'C5', cores: 4, memory: 8, linux: '0.17', weight: 3 },
  { type: 'c5.2xlarge', series: 'C5', cores: 8, memory: 16, linux: '0.34', windows: '0.708', weight: 3 },
  { type: 'c6i.4xlarge', series: 'C6i', cores: 16, memory: 32, linux: '0.68', weight: 2 },
  { type: 'r5.xlarge', series: 'R5', cores: 4, memory: 32, linux: '0.252', weight: 3 },
  { type: 'r6i.2xlarge', series: 'R6i', cores: 8, memory: 64, linux: '0.504', weight: 2 },
  { type: 'g4dn.xlarge', series: 'G4dn', cores: 4, memory: 16, linux: '0.526', gpus: 1, weight: 1 },
  { type: 'g5.xlarge', series: 'G5', cores: 4, memory: 16, linux: '1.006', gpus: 1, weight: 1 },
  { type: 'p3.2xlarge', series: 'P3', cores: 8, memory: 61, linux: '3.06', gpus: 1, weight: 1 },
  { type: 'p4d.24xlarge', series: 'P4d', cores: 96, memory: 1152, linux: '32.7726', gpus: 8, weight: 1 },
];

function ec2Skus(): SkuDef[] {
  const out: SkuDef[] = [];
  for (const t of EC2_TYPES) {
    const details = {
      InstanceType: t.type,
      InstanceSeries: t.series,
      CoreCount: t.cores,
      MemorySize: t.memory,
      ...(t.gpus ? { GpuCount: t.gpus } : {}),
      x_Tenancy: 'Shared',
    };
    const common = { commitmentPrograms: ['reservation', 'savings-plan'] as const, spot: true };
    out.push(
      sku(
        `ec2-${t.type}-linux`,
        `BoxUsage:${t.type}`,
        U.hours,
        t.linux,
        '${price} per On Demand Linux ' + t.type + ' Instance Hour',
        {
          usageType: `BoxUsage:${t.type}`,
          operation: 'RunInstances',
          details: { ...details, OperatingSystem: 'Linux' },
          commitmentPrograms: [...common.commitmentPrograms],
          spot: common.spot,
          weight: t.weight,
        },
      ),
    );
    if (t.windows) {
      out.push(
        sku(
          `ec2-${t.type}-windows`,
          `BoxUsage:${t.type}`,
          U.hours,
          t.windows,
          '${price} per On Demand Windows ' + t.type + ' Instance Hour',
          {
            usageType: `BoxUsage:${t.type}`,
            operation: 'RunInstances:0002',
            details: { ...details, OperatingSystem: 'Windows' },
            commitmentPrograms: [...common.commitmentPrograms],
            spot: common.spot,
            weight: 1,
          },
        ),
      );
    }
  }
  return out;
}

export const AWS_COMPUTE: ServiceDef[] = [
  {
    name: 'Amazon Elastic Compute Cloud',
    code: 'AmazonEC2',
    category: 'Compute',
    subcategory: 'Virtual Machines',
    resourceType: 'Instance',
    resourceIdTemplate: 'arn:aws:ec2:{region}:{accountNumber}:instance/i-{hex17}',
    resourceNameTemplate: '{app}-{env}-{n}',
    scope: 'zonal',
    workload: 'steady',
    weight: 10,
    skus: ec2Skus(),
  },
  {
    name: 'AWS Lambda',
    code: 'AWSLambda',
    category: 'Compute',
    subcategory: 'Serverless Compute',
    resourceType: 'Function',
    resourceIdTemplate: 'arn:aws:lambda:{region}:{accountNumber}:function:{name}',
    resourceNameTemplate: '{app}-{env}-fn-{n}',
    scope: 'regional',
    workload: 'business',
    weight: 2,
    skus: [
      sku(
        'lambda-gbs-x86',
        'Lambda-GB-Second',
        U.gbSeconds,
        '0.0000166667',
        'AWS Lambda - Total Compute - {region}',
        {
          usageType: 'Lambda-GB-Second',
          operation: 'Invoke',
          details: { x_Architecture: 'x86_64' },
          commitmentPrograms: ['savings-plan'],
          weight: 6,
        },
      ),
      sku(
        'lambda-gbs-arm',
        'Lambda-GB-Second-ARM',
        U.gbSeconds,
        '0.0000133334',
        'AWS Lambda - Total Compute (ARM) - {region}',
        {
          usageType: 'Lambda-GB-Second-ARM',
          operation: 'Invoke',
          details: { x_Architecture: 'arm64' },
          commitmentPrograms: ['savings-plan'],
          weight: 2,
        },
      ),
      sku('lambda-requests', 'Request', U.req1m, '0.20', 'AWS Lambda - Total Requests - {region}', {
        usageType: 'Request',
        operation: 'Invoke',
        weight: 2,
      }),
      sku(
        'lambda-provisioned',
        'Lambda-Provisioned-GB-Second',
        U.gbSeconds,
        '0.0000041667',
        'AWS Lambda - Provisioned Concurrency - {region}',
        {
          usageType: 'Lambda-Provisioned-GB-Second',
          operation: 'Invoke',
          commitmentPrograms: ['savings-plan'],
          weight: 1,
        },
      ),
    ],
  },
  {
    name: 'Amazon Elastic Container Service',
    code: 'AmazonECS',
    category: 'Compute',
    subcategory: 'Containers',
    resourceType: 'Cluster',
    resourceIdTemplate: 'arn:aws:ecs:{region}:{accountNumber}:cluster/{name}',
    resourceNameTemplate: '{app}-{env}-ecs',
    scope: 'regional',
    workload: 'steady',
    weight: 3,
    skus: [
      sku('fargate-vcpu', 'Fargate-vCPU-Hours:perCPU', U.hours, '0.04048', 'AWS Fargate - vCPU - {region}', {
        usageType: 'Fargate-vCPU-Hours:perCPU',
        operation: 'FargateTask',
        details: { CoreCount: 1, OperatingSystem: 'Linux' },
        commitmentPrograms: ['savings-plan'],
        spot: true,
        weight: 6,
      }),
      sku('fargate-memory', 'Fargate-GB-Hours', U.gbHours, '0.004445', 'AWS Fargate - Memory - {region}', {
        usageType: 'Fargate-GB-Hours',
        operation: 'FargateTask',
        details: { OperatingSystem: 'Linux' },
        commitmentPrograms: ['savings-plan'],
        weight: 3,
      }),
      sku(
        'fargate-storage',
        'Fargate-EphemeralStorage-GB-Hours',
        U.gbHours,
        '0.000111',
        'AWS Fargate - Ephemeral Storage - {region}',
        {
          usageType: 'Fargate-EphemeralStorage-GB-Hours',
          operation: 'FargateTask',
          weight: 1,
        },
      ),
    ],
  },
  {
    name: 'Amazon Elastic Kubernetes Service',
    code: 'AmazonEKS',
    category: 'Compute',
    subcategory: 'Containers',
    resourceType: 'Cluster',
    resourceIdTemplate: 'arn:aws:eks:{region}:{accountNumber}:cluster/{name}',
    resourceNameTemplate: '{team}-{env}-eks',
    scope: 'regional',
    workload: 'steady',
    weight: 2,
    skus: [
      sku(
        'eks-cluster',
        'AmazonEKS-Hours:perCluster',
        U.hours,
        '0.10',
        'Amazon EKS cluster usage in {region}',
        {
          usageType: 'AmazonEKS-Hours:perCluster',
          operation: 'CreateOperation',
          weight: 4,
        },
      ),
      sku(
        'eks-extended',
        'AmazonEKS-Hours:extendedSupport',
        U.hours,
        '0.60',
        'Amazon EKS cluster extended support in {region}',
        {
          usageType: 'AmazonEKS-Hours:extendedSupport',
          operation: 'ExtendedSupport',
          weight: 1,
        },
      ),
    ],
  },
  {
    name: 'Amazon EC2 Container Registry (ECR)',
    code: 'AmazonECR',
    category: 'Compute',
    subcategory: 'Containers',
    resourceType: 'Repository',
    resourceIdTemplate: 'arn:aws:ecr:{region}:{accountNumber}:repository/{name}',
    resourceNameTemplate: '{team}/{app}',
    scope: 'regional',
    workload: 'growing',
    weight: 0.5,
    skus: [
      sku(
        'ecr-storage',
        'TimedStorage-ByteHrs',
        U.gbMonths,
        '0.10',
        '${price} per GB-month of data storage',
        {
          usageType: 'TimedStorage-ByteHrs',
          operation: 'PutImage',
          weight: 4,
        },
      ),
      sku(
        'ecr-transfer',
        'DataTransfer-Out-Bytes',
        U.gb,
        '0.09',
        '${price} per GB - first 10 TB / month data transfer out',
        {
          usageType: 'DataTransfer-Out-Bytes',
          operation: 'GetDownloadUrlForLayer',
          weight: 1,
        },
      ),
    ],
  },
];
