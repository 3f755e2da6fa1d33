/**
 * FOCUS ServiceCategory values and each ServiceSubcategory's single parent (FOCUS 1.1-1.4;
 * the same 19 categories and 82 subcategories in every version). Typed data, no logic.
 */
export const SERVICE_CATEGORIES = [
  'AI and Machine Learning',
  'Analytics',
  'Business Applications',
  'Compute',
  'Databases',
  'Developer Tools',
  'Identity',
  'Integration',
  'Internet of Things',
  'Management and Governance',
  'Media',
  'Migration',
  'Mobile',
  'Multicloud',
  'Networking',
  'Security',
  'Storage',
  'Web',
  'Other',
] as const;

export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const SERVICE_SUBCATEGORIES = {
  'AI and Machine Learning': [
    'AI Platforms',
    'Bots',
    'Generative AI',
    'Machine Learning',
    'Natural Language Processing',
    'Other (AI and Machine Learning)',
  ],
  Analytics: [
    'Analytics Platforms',
    'Business Intelligence',
    'Data Processing',
    'Search',
    'Streaming Analytics',
    'Other (Analytics)',
  ],
  'Business Applications': ['Productivity and Collaboration', 'Other (Business Applications)'],
  Compute: [
    'Containers',
    'End User Computing',
    'Quantum Compute',
    'Serverless Compute',
    'Virtual Machines',
    'Other (Compute)',
  ],
  Databases: [
    'Caching',
    'Data Warehouses',
    'Ledger Databases',
    'NoSQL Databases',
    'Relational Databases',
    'Time Series Databases',
    'Other (Databases)',
  ],
  'Developer Tools': [
    'Developer Platforms',
    'Continuous Integration and Deployment',
    'Development Environments',
    'Source Code Management',
    'Quality Assurance',
    'Other (Developer Tools)',
  ],
  Identity: ['Identity and Access Management', 'Other (Identity)'],
  Integration: ['API Management', 'Messaging', 'Workflow Orchestration', 'Other (Integration)'],
  'Internet of Things': ['IoT Analytics', 'IoT Platforms', 'Other (Internet of Things)'],
  'Management and Governance': [
    'Architecture',
    'Compliance',
    'Cost Management',
    'Data Governance',
    'Disaster Recovery',
    'Endpoint Management',
    'Observability',
    'Support',
    'Other (Management and Governance)',
  ],
  Media: ['Content Creation', 'Gaming', 'Media Streaming', 'Mixed Reality', 'Other (Media)'],
  Migration: ['Data Migration', 'Resource Migration', 'Other (Migration)'],
  Mobile: ['Other (Mobile)'],
  Multicloud: ['Multicloud Integration', 'Other (Multicloud)'],
  Networking: [
    'Application Networking',
    'Content Delivery',
    'Network Connectivity',
    'Network Infrastructure',
    'Network Routing',
    'Network Security',
    'Other (Networking)',
  ],
  Security: [
    'Secret Management',
    'Security Posture Management',
    'Threat Detection and Response',
    'Other (Security)',
  ],
  Storage: [
    'Backup Storage',
    'Block Storage',
    'File Storage',
    'Object Storage',
    'Storage Platforms',
    'Other (Storage)',
  ],
  Web: ['Application Platforms', 'Other (Web)'],
  Other: ['Other (Other)'],
} as const satisfies Record<ServiceCategory, readonly string[]>;

export type ServiceSubcategory = (typeof SERVICE_SUBCATEGORIES)[ServiceCategory][number];

/** Subcategory -> its parent category. */
export const SUBCATEGORY_PARENT: ReadonlyMap<string, ServiceCategory> = new Map(
  (Object.entries(SERVICE_SUBCATEGORIES) as [ServiceCategory, readonly string[]][]).flatMap(([cat, subs]) =>
    subs.map((sub) => [sub, cat] as const),
  ),
);
