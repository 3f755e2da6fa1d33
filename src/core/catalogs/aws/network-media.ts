/** AWS networking and media services: usage types and us-east-1 list prices as AWS publishes them. */
import type { ServiceDef } from '../types.js';
import { U, months, per, sku } from '../shared.js';

export const AWS_NETWORK_MEDIA: ServiceDef[] = [
  {
    name: 'Amazon CloudFront',
    code: 'AmazonCloudFront',
    category: 'Networking',
    subcategory: 'Content Delivery',
    resourceType: 'Distribution',
    resourceIdTemplate: 'arn:aws:cloudfront::{accountNumber}:distribution/E{digits13}',
    resourceNameTemplate: '{app}-{env}-cdn',
    scope: 'global',
    workload: 'steady',
    weight: 6,
    skus: [
      sku('cf-out-us', 'US-DataTransfer-Out-Bytes', U.gb, '0.085', '$0.085 per GB - first 10 TB / month data transfer out (United States)', {
        usageType: 'US-DataTransfer-Out-Bytes', operation: 'GET', weight: 5,
      }),
      sku('cf-out-eu', 'EU-DataTransfer-Out-Bytes', U.gb, '0.085', '$0.085 per GB - first 10 TB / month data transfer out (Europe)', {
        usageType: 'EU-DataTransfer-Out-Bytes', operation: 'GET', weight: 3,
      }),
      sku('cf-out-ap', 'AP-DataTransfer-Out-Bytes', U.gb, '0.12', '$0.120 per GB - first 10 TB / month data transfer out (Asia Pacific)', {
        usageType: 'AP-DataTransfer-Out-Bytes', operation: 'GET', weight: 1,
      }),
      sku('cf-https', 'US-Requests-Tier2-HTTPS', U.req10k, '0.01', '$0.010 per 10,000 HTTPS Requests (United States)', {
        usageType: 'US-Requests-Tier2-HTTPS', operation: 'GET', weight: 1,
      }),
      sku('cf-invalidations', 'Invalidations', per(1, 'Paths'), '0.005', '$0.005 per URL invalidation request beyond 1,000 free paths', {
        usageType: 'Invalidations', operation: 'Invalidation', weight: 0.1,
      }),
    ],
  },
  {
    name: 'Amazon Virtual Private Cloud',
    code: 'AmazonVPC',
    category: 'Networking',
    subcategory: 'Network Infrastructure',
    resourceType: 'NAT Gateway',
    resourceIdTemplate: 'arn:aws:ec2:{region}:{accountNumber}:natgateway/nat-{hex17}',
    resourceNameTemplate: '{app}-{env}-nat-{n}',
    scope: 'zonal',
    workload: 'steady',
    weight: 3,
    skus: [
      sku('vpc-nat-hours', 'NatGateway-Hours', U.hours, '0.045', '$0.045 per NAT Gateway Hour', {
        usageType: 'NatGateway-Hours', operation: 'NatGateway', weight: 3,
      }),
      sku('vpc-nat-bytes', 'NatGateway-Bytes', U.gb, '0.045', '$0.045 per GB Data Processed by NAT Gateways', {
        usageType: 'NatGateway-Bytes', operation: 'NatGateway', weight: 3,
      }),
      sku('vpc-endpoint', 'VpcEndpoint-Hours', U.hours, '0.01', '$0.01 per VPC Endpoint Hour', {
        usageType: 'VpcEndpoint-Hours', operation: 'VpcEndpoint', weight: 1,
      }),
      sku('vpc-public-ipv4', 'PublicIPv4:InUseAddress', U.hours, '0.005', '$0.005 per In-use public IPv4 address per hour', {
        usageType: 'PublicIPv4:InUseAddress', operation: 'AssociateAddressVPC', weight: 1,
      }),
      sku('vpc-vpn', 'VPN-Usage-Hours:ipsec.1', U.hours, '0.05', '$0.05 per VPN Connection-Hour', {
        usageType: 'VPN-Usage-Hours:ipsec.1', operation: 'CreateVpnConnection', weight: 0.5,
      }),
    ],
  },
  {
    name: 'Elastic Load Balancing',
    code: 'AWSELB',
    category: 'Networking',
    subcategory: 'Application Networking',
    resourceType: 'Load Balancer',
    resourceIdTemplate: 'arn:aws:elasticloadbalancing:{region}:{accountNumber}:loadbalancer/app/{name}/{hex16}',
    resourceNameTemplate: '{app}-{env}-alb',
    scope: 'regional',
    workload: 'steady',
    weight: 2,
    skus: [
      sku('elb-alb-hours', 'LoadBalancerUsage', U.hours, '0.0225', '$0.0225 per Application LoadBalancer-hour (or partial hour)', {
        usageType: 'LoadBalancerUsage', operation: 'LoadBalancing:Application', weight: 3,
      }),
      sku('elb-alb-lcu', 'LCUUsage', per(1, 'LCU-Hours'), '0.008', '$0.008 per used Application load balancer capacity unit-hour (or partial hour)', {
        usageType: 'LCUUsage', operation: 'LoadBalancing:Application', weight: 2,
      }),
      sku('elb-nlb-hours', 'LoadBalancerUsage', U.hours, '0.0225', '$0.0225 per Network LoadBalancer-hour (or partial hour)', {
        usageType: 'LoadBalancerUsage', operation: 'LoadBalancing:Network', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon Route 53',
    code: 'AmazonRoute53',
    category: 'Networking',
    subcategory: 'Network Routing',
    resourceType: 'Hosted Zone',
    resourceIdTemplate: 'arn:aws:route53:::hostedzone/Z{digits13}',
    resourceNameTemplate: '{app}.{env}.example.com',
    scope: 'global',
    workload: 'steady',
    weight: 0.5,
    skus: [
      sku('r53-hosted-zone', 'HostedZone', months('Zone'), '0.50', '$0.50 per Hosted Zone for the first 25 Hosted Zones', {
        usageType: 'HostedZone', operation: 'HostedZone', weight: 1,
      }),
      sku('r53-queries', 'DNS-Queries', U.req1m, '0.40', '$0.40 per 1,000,000 queries for the first 1 Billion queries', {
        usageType: 'DNS-Queries', operation: 'Queries', weight: 2,
      }),
      sku('r53-health-check', 'Health-Check-AWS', months('Check'), '0.50', '$0.50 per Health Check for AWS endpoints', {
        usageType: 'Health-Check-AWS', operation: 'HealthCheck', weight: 0.5,
      }),
    ],
  },
  {
    name: 'AWS Data Transfer',
    code: 'AWSDataTransfer',
    category: 'Networking',
    subcategory: 'Network Connectivity',
    resourceType: null,
    scope: 'regional',
    workload: 'steady',
    weight: 4,
    skus: [
      sku('dt-out-internet', 'DataTransfer-Out-Bytes', U.gb, '0.09', '$0.090 per GB - first 10 TB / month data transfer out beyond the global free tier', {
        usageType: 'DataTransfer-Out-Bytes', operation: 'RunInstances', weight: 5,
      }),
      sku('dt-regional', 'DataTransfer-Regional-Bytes', U.gb, '0.01', '$0.010 per GB - regional data transfer - in/out/between EC2 AZs or using elastic IPs or ELB', {
        usageType: 'DataTransfer-Regional-Bytes', operation: 'InterZone-In', weight: 2,
      }),
      sku('dt-inter-region', 'AWS-Out-Bytes', U.gb, '0.02', '$0.02 per GB - inter-region data transfer out', {
        usageType: 'AWS-Out-Bytes', operation: 'RunInstances', weight: 1,
      }),
      sku('dt-in', 'DataTransfer-In-Bytes', U.gb, '0', '$0.000 per GB - data transfer in per month', {
        usageType: 'DataTransfer-In-Bytes', operation: 'RunInstances', weight: 0.1,
      }),
    ],
  },
  {
    name: 'AWS Direct Connect',
    code: 'AWSDirectConnect',
    category: 'Networking',
    subcategory: 'Network Connectivity',
    resourceType: 'Connection',
    resourceIdTemplate: 'arn:aws:directconnect:{region}:{accountNumber}:dxcon/dxcon-{hex8}',
    resourceNameTemplate: '{team}-dx-{n}',
    scope: 'regional',
    workload: 'steady',
    weight: 0.7,
    skus: [
      sku('dx-port-1g', 'PortUsage:1G', U.hours, '0.30', '$0.30 per 1G port-hour (or partial hour)', {
        usageType: 'PortUsage:1G', operation: 'DedicatedPortUsage', weight: 2,
      }),
      sku('dx-out', 'DataXfer-Out:US', U.gb, '0.02', '$0.02 per GB data transfer out over Direct Connect', {
        usageType: 'DataXfer-Out:US', operation: 'DataXfer-Out', weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon API Gateway',
    code: 'AmazonApiGateway',
    category: 'Networking',
    subcategory: 'Application Networking',
    resourceType: 'API',
    resourceIdTemplate: 'arn:aws:apigateway:{region}::/restapis/{hex10}',
    resourceNameTemplate: '{app}-{env}-api',
    scope: 'regional',
    workload: 'business',
    weight: 1,
    skus: [
      sku('apigw-rest', 'ApiGatewayRequest', U.req1m, '3.50', '$3.50 per million REST API requests (first 333 million)', {
        usageType: 'ApiGatewayRequest', operation: 'ApiGatewayRequest', weight: 3,
      }),
      sku('apigw-http', 'ApiGatewayHttpRequest', U.req1m, '1.00', '$1.00 per million HTTP API requests (first 300 million)', {
        usageType: 'ApiGatewayHttpRequest', operation: 'ApiGatewayHttpApi', weight: 2,
      }),
      sku('apigw-ws-messages', 'ApiGatewayMessage', per(1000000, 'Messages'), '1.00', '$1.00 per million WebSocket messages', {
        usageType: 'ApiGatewayMessage', operation: 'ApiGatewayWebSocket', weight: 0.5,
      }),
    ],
  },
  {
    name: 'AWS Elemental MediaConvert',
    code: 'AWSElementalMediaConvert',
    category: 'Media',
    subcategory: 'Content Creation',
    resourceType: 'Queue',
    resourceIdTemplate: 'arn:aws:mediaconvert:{region}:{accountNumber}:queues/{name}',
    resourceNameTemplate: '{app}-{env}-queue',
    scope: 'regional',
    workload: 'batch',
    weight: 3,
    skus: [
      sku('mc-sd', 'Basic-SD-Output-Minutes', U.minutes, '0.0075', '$0.0075 per normalized minute of SD output (Basic tier)', {
        usageType: 'Basic-SD-Output-Minutes', operation: 'Transcode', details: { x_Resolution: 'SD' }, weight: 1,
      }),
      sku('mc-hd', 'Professional-HD-Output-Minutes', U.minutes, '0.0240', '$0.024 per normalized minute of HD output (Professional tier)', {
        usageType: 'Professional-HD-Output-Minutes', operation: 'Transcode', details: { x_Resolution: 'HD' }, weight: 3,
      }),
      sku('mc-uhd', 'Professional-UHD-Output-Minutes', U.minutes, '0.0480', '$0.048 per normalized minute of UHD output (Professional tier)', {
        usageType: 'Professional-UHD-Output-Minutes', operation: 'Transcode', details: { x_Resolution: 'UHD' }, weight: 1,
      }),
    ],
  },
  {
    name: 'Amazon Interactive Video Service',
    code: 'AmazonIVS',
    category: 'Media',
    subcategory: 'Media Streaming',
    resourceType: 'Channel',
    resourceIdTemplate: 'arn:aws:ivs:{region}:{accountNumber}:channel/{hex12}',
    resourceNameTemplate: '{app}-{env}-live-{n}',
    scope: 'regional',
    workload: 'business',
    weight: 2,
    skus: [
      sku('ivs-input-standard', 'Input-Standard-Hours', U.hours, '2.00', '$2.00 per hour of live video input to a Standard channel', {
        usageType: 'Input-Standard-Hours', operation: 'LiveVideoInput', weight: 2,
      }),
      sku('ivs-output-hd', 'Output-HD-Hours', U.hours, '0.15', '$0.15 per hour of HD live video output', {
        usageType: 'Output-HD-Hours', operation: 'LiveVideoOutput', details: { x_Resolution: 'HD' }, weight: 4,
      }),
      sku('ivs-output-sd', 'Output-SD-Hours', U.hours, '0.0375', '$0.0375 per hour of SD live video output', {
        usageType: 'Output-SD-Hours', operation: 'LiveVideoOutput', details: { x_Resolution: 'SD' }, weight: 1,
      }),
    ],
  },
  {
    name: 'AWS Elemental MediaLive',
    code: 'AWSElementalMediaLive',
    category: 'Media',
    subcategory: 'Media Streaming',
    resourceType: 'Channel',
    resourceIdTemplate: 'arn:aws:medialive:{region}:{accountNumber}:channel:{digits7}',
    resourceNameTemplate: '{app}-{env}-channel',
    scope: 'regional',
    workload: 'steady',
    weight: 1.5,
    skus: [
      sku('ml-input-hd', 'Input-HD-AVC-Std', U.hours, '0.36', '$0.36 per hour for a Standard HD AVC input', {
        usageType: 'Input-HD-AVC-Std', operation: 'RunningInput', details: { x_Resolution: 'HD' }, weight: 1,
      }),
      sku('ml-output-hd', 'Output-HD-AVC-10-20-Std', U.hours, '2.208', '$2.208 per hour for a Standard HD AVC output (10-20 Mbps, up to 30 fps)', {
        usageType: 'Output-HD-AVC-10-20-Std', operation: 'RunningOutput', details: { x_Resolution: 'HD' }, weight: 3,
      }),
    ],
  },
  {
    name: 'AWS Elemental MediaPackage',
    code: 'AWSElementalMediaPackage',
    category: 'Media',
    subcategory: 'Media Streaming',
    resourceType: 'Channel',
    resourceIdTemplate: 'arn:aws:mediapackage:{region}:{accountNumber}:channels/{hex32}',
    resourceNameTemplate: '{app}-{env}-pkg',
    scope: 'regional',
    workload: 'steady',
    weight: 1,
    skus: [
      sku('mp-ingest', 'Ingest-Bytes', U.gb, '0.03', '$0.03 per GB of live video ingested', {
        usageType: 'Ingest-Bytes', operation: 'Ingest', weight: 1,
      }),
      sku('mp-origination', 'Origination-Bytes', U.gb, '0.05', '$0.05 per GB of video packaged and originated', {
        usageType: 'Origination-Bytes', operation: 'Origination', weight: 3,
      }),
    ],
  },
];
