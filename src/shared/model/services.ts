import { z } from 'zod';
import {
  AdminFieldSchema,
  BandwidthSchema,
  ConnectionPatternSchema,
  FacilityAreaSchema,
  ServiceAreaSchema,
  ServiceStatusSchema,
} from './enums.js';
import { AddressSchema, answer, isoDate, loose, section, text } from './primitives.js';

/**
 * A service this workspace relies on: one of its own (by id) or another organisation's,
 * named with its ASPコード from the J-LIS service list (DESIGN §2.1).
 */
export const ServiceRefSchema = section({
  mode: z.enum(['none', 'internal', 'external']).default('none'),
  serviceId: text(),
  providerName: text(),
  serviceName: text(),
  aspCode: text(),
});
export type ServiceRef = z.infer<typeof ServiceRefSchema>;

/** 002 §5.1.3–5.1.4: ending a service, ≥ 1 month ahead. */
const CancellationSchema = section({
  desiredDate: isoDate(),
  reason: text(),
  /** Hosting only: every user contract already ended (002 §5.1.3(1)). */
  userContractsEnded: answer(),
});

const ProtocolSchema = loose({
  protocol: text(),
  port: text(),
  purpose: text(),
});
export type ProtocolEntry = z.infer<typeof ProtocolSchema>;

const serviceBase = {
  id: z.string().min(1),
  name: text(),
  status: ServiceStatusSchema.default('planned'),
  /** Assigned by J-LIS once registered. */
  aspCode: text(),
  overview: text(),
  /**
   * 「LGWAN-ASPサービスリスト」への掲載可否, chosen on the application of every kind (000/001
   * サービスリストへの掲載方法).
   */
  publishConsent: answer(),
  cancellation: CancellationSchema,
  note: text(),
};

/** AP: the application itself, applied through its hosting (002 table 5-1, 001 AP conditions). */
export const ApServiceSchema = z.looseObject({
  ...serviceBase,
  kind: z.literal('AP'),
  adminFields: z.array(AdminFieldSchema).default([]),
  /** Protocols/ports beyond HTTP 80 / HTTPS 443 need a separate application (001 主な提供条件). */
  extraProtocols: z.array(ProtocolSchema).default([]),
  usesLgpki: answer(),
  externalDataFlows: answer(),
  externalDataFlowsDescription: text(),
  /** An application run on a public cloud outside a registered facility cannot be an LGWAN-ASP (001). */
  runsOnPublicCloud: answer(),
  remoteAccess: answer(),
  remoteAccessRequirements: section({
    screenTransfer: z.boolean().default(false),
    multiFactor: z.boolean().default(false),
    noIpReachability: z.boolean().default(false),
    secureProtocol: z.boolean().default(false),
  }),
  /** 利用約款 and 利用手引書 for local governments (001 AP注意事項). */
  termsReady: answer(),
  manualReady: answer(),
  /** The hosting service this AP runs on. */
  hosting: ServiceRefSchema,
  desiredStartDate: isoDate(),
});
export type ApService = z.infer<typeof ApServiceSchema>;

/** HO: servers + LGWAN connection router (002 §3.3.2, §4.1). */
export const HoServiceSchema = z.looseObject({
  ...serviceBase,
  kind: z.literal('HO'),
  pattern: ConnectionPatternSchema.nullable().default(null),
  area: ServiceAreaSchema.nullable().default(null),
  /** For a single-prefecture service: which prefecture. */
  areaPrefecture: text(),
  bandwidth: BandwidthSchema.nullable().default(null),
  /** Bandwidth of the secondary line when the line is made redundant (fee note 1: the dearer is billed). */
  secondaryBandwidth: BandwidthSchema.nullable().default(null),
  routerCount: z.union([z.literal(1), z.literal(2)]).default(1),
  standby: z.enum(['', 'hot', 'cold']).default(''),
  /**
   * Which LGWAN connection router (001 接続料金 (1)): `asp` = one procured for the ASP service
   * (every provider but a local government reusing its own); `own` = the connected body's own
   * LGWAN router (自団体のLGWAN接続ルータ).
   */
  routerOwnership: z.enum(['own', 'asp']).default('asp'),
  facility: ServiceRefSchema,
  /**
   * 002 §4.2.1①: the ASP equipment sits in the same facility as the LGWAN access and is connected
   * by LAN, so no dedicated line (CA service) is used; ② (false/unanswered) uses a CA service.
   */
  sameFacilityLan: z.boolean().default(false),
  communication: ServiceRefSchema,
  /** Ids of this workspace's AP services hosted here. */
  hostedApIds: z.array(z.string()).default([]),
  ipAddressCount: z.number().int().min(0).default(0),
  serverAddresses: text(),
  certificateCount: z.number().int().min(0).default(0),
  extraProtocols: z.array(ProtocolSchema).default([]),
  tunnelling: answer(),
  tunnellingDescription: text(),
  desiredConnectionDate: isoDate(),
  /** 002 §3.3.2(2) ④⑤: firewalls set and no IP reachability from external networks. */
  firewallAttested: answer(),
  noIpReachabilityAttested: answer(),
  /** Connection application accepted → schedule coordination (002 §5.2). */
  connectionAccepted: z.boolean().default(false),
  schedule: section({
    workDate: isoDate(),
    deliveryDate: isoDate(),
    testDate: isoDate(),
    site: text(),
    notes: text(),
  }),
  /** 001 減額制度: ≤ 100 Mbps, usage-based pricing, pricing material attached. */
  feeReduction: section({
    apply: z.boolean().default(false),
    pricingSummary: text(),
  }),
});
export type HoService = z.infer<typeof HoServiceSchema>;

/** FA: space, power, air conditioning (002 §3.3.4, 001 主な提供条件). */
export const FaServiceSchema = z.looseObject({
  ...serviceBase,
  kind: z.literal('FA'),
  facilityName: text(),
  address: AddressSchema,
  /** Must be where Japanese law applies (001). */
  inJapan: answer(),
  /** 情報システム安全対策基準 (002 §3.3.4(2)). */
  safetyStandardCompliant: answer(),
  entryControl: text(),
  /** J-LIS may enter when needed (001). */
  jlisMayEnter: answer(),
  areas: z.partialRecord(FacilityAreaSchema, z.string()).default({}),
  certifications: z.array(loose({ name: text(), number: text(), validUntil: isoDate() })).default([]),
});
export type FaService = z.infer<typeof FaServiceSchema>;

/** CA: the line (002 §3.3.3, a carrier under 電気通信事業法). */
export const CaServiceSchema = z.looseObject({
  ...serviceBase,
  kind: z.literal('CA'),
  carrierRegistration: text(),
  lineTypes: text(),
  bandwidths: text(),
  regions: text(),
});
export type CaService = z.infer<typeof CaServiceSchema>;

export const ServiceSchema = z.discriminatedUnion('kind', [
  ApServiceSchema,
  HoServiceSchema,
  FaServiceSchema,
  CaServiceSchema,
]);
export type Service = z.infer<typeof ServiceSchema>;
export type ServiceOf<K extends Service['kind']> = Extract<Service, { kind: K }>;
