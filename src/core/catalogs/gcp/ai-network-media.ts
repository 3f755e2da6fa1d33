/**
 * Google Cloud AI, networking and media services. Categories follow the focus-converters GCP
 * mapping, except the media APIs (Transcoder, Live Stream), which that mapping files under its
 * catch-all Integration.
 */
import type { ServiceDef } from '../types.js';
import { U, months, per } from '../shared.js';
import { gsku } from './skus.js';

export const GCP_AI_NETWORK_MEDIA: ServiceDef[] = [
  {
    name: 'Vertex AI',
    code: 'C7E2-9256-1C43',
    category: 'AI and Machine Learning',
    subcategory: 'AI Platforms',
    resourceType: 'Endpoint',
    resourceIdTemplate:
      '//aiplatform.googleapis.com/projects/{project}/locations/{region}/endpoints/{digits19}',
    resourceNameTemplate: '{app}-{env}-endpoint',
    scope: 'regional',
    workload: 'business',
    weight: 10,
    skus: [
      gsku('vertex-gemini-flash-in', 'Gemini 2.0 Flash Text Input', U.tok1k, '0.00015', {
        details: { x_Model: 'gemini-2.0-flash', x_TokenType: 'Input' },
        weight: 3,
      }),
      gsku('vertex-gemini-flash-out', 'Gemini 2.0 Flash Text Output', U.tok1k, '0.0006', {
        details: { x_Model: 'gemini-2.0-flash', x_TokenType: 'Output' },
        weight: 2,
      }),
      gsku('vertex-gemini-pro-in', 'Gemini 1.5 Pro Text Input', U.tok1k, '0.00125', {
        details: { x_Model: 'gemini-1.5-pro', x_TokenType: 'Input' },
        weight: 3,
      }),
      gsku('vertex-gemini-pro-out', 'Gemini 1.5 Pro Text Output', U.tok1k, '0.005', {
        details: { x_Model: 'gemini-1.5-pro', x_TokenType: 'Output' },
        weight: 2,
      }),
      gsku(
        'vertex-pred-n1',
        'Vertex AI: Online/Batch Prediction N1 Predefined Instance Core running in {region}',
        U.hours,
        '0.0436',
        {
          details: { InstanceSeries: 'N1', CoreCount: 1 },
          weight: 2,
        },
      ),
      gsku(
        'vertex-pred-t4',
        'Vertex AI: Online/Batch Prediction Nvidia Tesla T4 GPU running in {region}',
        U.hours,
        '0.4025',
        {
          details: { GpuCount: 1, x_GpuType: 'nvidia-tesla-t4' },
          weight: 2,
        },
      ),
      gsku(
        'vertex-train-a100',
        'Vertex AI: Training Nvidia Tesla A100 GPU running in {region}',
        U.hours,
        '3.3741',
        {
          details: { GpuCount: 1, x_GpuType: 'nvidia-tesla-a100' },
          spot: true,
          weight: 3,
        },
      ),
      gsku(
        'vertex-workbench',
        'Vertex AI Workbench Instance management fee running in {region}',
        U.hours,
        '0.005',
        { weight: 0.3 },
      ),
      gsku(
        'vertex-train-n1',
        'Vertex AI: Training N1 Predefined Instance Core running in {region}',
        U.hours,
        '0.0365',
        { details: { InstanceSeries: 'N1', CoreCount: 1 }, weight: 1 },
      ),
    ],
  },
  {
    name: 'Cloud TPU',
    code: 'E000-3F24-B8AA',
    category: 'AI and Machine Learning',
    subcategory: 'Machine Learning',
    resourceType: 'Node',
    resourceIdTemplate: '//tpu.googleapis.com/projects/{project}/locations/{zone}/nodes/{name}',
    resourceNameTemplate: '{team}-tpu-{n}',
    scope: 'zonal',
    workload: 'batch',
    weight: 3,
    skus: [
      gsku('tpu-v5e', 'TPU v5e chip-hours running in {region}', U.hours, '1.2', {
        details: { x_Accelerator: 'tpu-v5-lite' },
        commitmentPrograms: ['committed-use'],
        spot: true,
        weight: 3,
      }),
      gsku('tpu-v4', 'TPU v4 chip-hours running in {region}', U.hours, '3.22', {
        details: { x_Accelerator: 'tpu-v4' },
        commitmentPrograms: ['committed-use'],
        spot: true,
        weight: 1,
      }),
    ],
  },
  {
    name: 'Cloud Natural Language',
    code: 'E4B8-2E6E-2F9A',
    category: 'AI and Machine Learning',
    subcategory: 'Natural Language Processing',
    resourceType: null,
    scope: 'global',
    workload: 'business',
    weight: 0.5,
    skus: [
      gsku('nl-entities', 'Entity Analysis', per(1000, 'Units'), '1', { weight: 2 }),
      gsku('nl-sentiment', 'Sentiment Analysis', per(1000, 'Units'), '1', { weight: 1 }),
    ],
  },
  {
    name: 'Networking',
    code: 'E505-1604-58F8',
    category: 'Networking',
    subcategory: 'Network Infrastructure',
    resourceType: 'Router',
    resourceIdTemplate: '//compute.googleapis.com/projects/{project}/regions/{region}/routers/{name}',
    resourceNameTemplate: '{app}-{env}-router',
    scope: 'regional',
    workload: 'steady',
    weight: 5,
    skus: [
      gsku('net-nat-gateway', 'Cloud NAT Gateway Uptime', U.hours, '0.044', { weight: 2 }),
      gsku('net-nat-data', 'Cloud NAT Data Processing', per(1, 'GiB'), '0.045', { weight: 2 }),
      gsku('net-external-ip', 'External IP Charge on a Standard VM', U.hours, '0.005', { weight: 1 }),
      gsku(
        'net-lb-rule',
        'Cloud Load Balancer Forwarding Rule Minimum Service Charge in {region}',
        U.hours,
        '0.025',
        { weight: 2 },
      ),
      gsku('net-inter-zone', 'Network Inter Zone Data Transfer Out', per(1, 'GiB'), '0.01', { weight: 2 }),
      gsku('net-vpn', 'Cloud VPN Tunnel running in {region}', U.hours, '0.05', { weight: 1 }),
      gsku('net-armor', 'Cloud Armor Policy Charge', months('Policy'), '5', { weight: 0.5 }),
    ],
  },
  {
    name: 'Cloud CDN',
    code: 'E8D4-5B63-4C5C',
    category: 'Networking',
    subcategory: 'Content Delivery',
    resourceType: 'Backend Bucket',
    resourceIdTemplate: '//compute.googleapis.com/projects/{project}/global/backendBuckets/{name}',
    resourceNameTemplate: '{app}-{env}-cdn',
    scope: 'global',
    workload: 'steady',
    weight: 3,
    skus: [
      gsku('cdn-egress-na', 'Cloud CDN Cache Data Transfer Out North America', per(1, 'GiB'), '0.08', {
        weight: 4,
      }),
      gsku('cdn-egress-eu', 'Cloud CDN Cache Data Transfer Out Europe', per(1, 'GiB'), '0.08', { weight: 2 }),
      gsku('cdn-lookups', 'Cloud CDN Cache Lookup Requests', U.req10k, '0.0075', { weight: 1 }),
      gsku('cdn-cache-fill', 'Cloud CDN Cache Fill North America', per(1, 'GiB'), '0.01', { weight: 0.5 }),
    ],
  },
  {
    name: 'Media CDN',
    code: 'A3F4-C11B-7C3E',
    category: 'Networking',
    subcategory: 'Content Delivery',
    resourceType: 'Edge Cache Service',
    resourceIdTemplate:
      '//networkservices.googleapis.com/projects/{project}/locations/global/edgeCacheServices/{name}',
    resourceNameTemplate: '{app}-{env}-media-cdn',
    scope: 'global',
    workload: 'steady',
    weight: 3,
    skus: [
      gsku('mediacdn-egress-na', 'Media CDN Data Transfer Out North America', per(1, 'GiB'), '0.06', {
        weight: 3,
      }),
      gsku('mediacdn-egress-eu', 'Media CDN Data Transfer Out Europe', per(1, 'GiB'), '0.06', { weight: 2 }),
      gsku('mediacdn-cache-fill', 'Media CDN Cache Fill', per(1, 'GiB'), '0.01', { weight: 0.5 }),
    ],
  },
  {
    name: 'Cloud DNS',
    code: 'FA26-5236-A704',
    category: 'Networking',
    subcategory: 'Network Routing',
    resourceType: 'Managed Zone',
    resourceIdTemplate: '//dns.googleapis.com/projects/{project}/managedZones/{name}',
    resourceNameTemplate: '{app}-{env}-zone',
    scope: 'global',
    workload: 'steady',
    weight: 0.3,
    skus: [
      gsku('dns-zone', 'ManagedZone', months('Zone'), '0.2', { weight: 1 }),
      gsku('dns-queries', 'DNS Query (port 53)', U.req1m, '0.4', { weight: 2 }),
    ],
  },
  {
    name: 'Transcoder API',
    code: 'B7C2-1D5E-6F2A',
    category: 'Media',
    subcategory: 'Content Creation',
    resourceType: 'Job',
    resourceIdTemplate: '//transcoder.googleapis.com/projects/{project}/locations/{region}/jobs/{guid}',
    resourceNameTemplate: null,
    scope: 'regional',
    workload: 'batch',
    weight: 3,
    skus: [
      gsku('transcoder-sd', 'Transcoder API SD Video Output', U.minutes, '0.015', {
        details: { x_Resolution: 'SD' },
        weight: 1,
      }),
      gsku('transcoder-hd', 'Transcoder API HD Video Output', U.minutes, '0.03', {
        details: { x_Resolution: 'HD' },
        weight: 3,
      }),
      gsku('transcoder-uhd', 'Transcoder API UHD Video Output', U.minutes, '0.06', {
        details: { x_Resolution: 'UHD' },
        weight: 1,
      }),
    ],
  },
  {
    name: 'Live Stream API',
    code: '9D2B-8A3F-1E4C',
    category: 'Media',
    subcategory: 'Media Streaming',
    resourceType: 'Channel',
    resourceIdTemplate: '//livestream.googleapis.com/projects/{project}/locations/{region}/channels/{name}',
    resourceNameTemplate: '{app}-{env}-live',
    scope: 'regional',
    workload: 'business',
    weight: 2,
    skus: [
      gsku('livestream-hd', 'Live Stream API HD Output', U.hours, '0.75', {
        details: { x_Resolution: 'HD' },
        weight: 3,
      }),
      gsku('livestream-sd', 'Live Stream API SD Output', U.hours, '0.4', {
        details: { x_Resolution: 'SD' },
        weight: 1,
      }),
      gsku('livestream-input', 'Live Stream API Input HD', U.hours, '0.2', { weight: 1 }),
    ],
  },
];
