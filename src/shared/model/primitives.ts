import { z } from 'zod';

// A workspace is filled in over days, so every field may be blank while stored: the schema
// describes shape only and completeness is the rules engine's job. Objects are loose so data
// written by a newer version (unknown keys) survives a load/save round trip untouched.

/** Free text, blank until the user types it. */
export const text = () => z.string().default('');
/** Yes/no/not yet answered. `null` = the user has not answered, which differs from "no". */
export const answer = () => z.boolean().nullable().default(null);
/** ISO calendar date `YYYY-MM-DD` (Asia/Tokyo calendar), blank when not set. */
export const isoDate = () => z.union([z.literal(''), z.iso.date()]).default('');
/** ISO timestamp of an event recorded by the app. */
export const timestamp = () => z.iso.datetime({ offset: true });

export const loose = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);
/**
 * A nested object that is filled with its defaults when missing. Every field of a section has a
 * default, which TypeScript cannot see through the generic shape, hence the cast.
 */
export const section = <T extends z.ZodRawShape>(shape: T) =>
  z.looseObject(shape).prefault({} as z.input<z.ZodObject<T, z.core.$loose>>);

export const AddressSchema = section({
  postalCode: text(),
  prefecture: text(),
  /** 市区町村以下 */
  rest: text(),
});
export type Address = z.infer<typeof AddressSchema>;

export const PersonSchema = section({
  department: text(),
  title: text(),
  name: text(),
  nameKana: text(),
});
export type Person = z.infer<typeof PersonSchema>;

/** A contact person with the channels J-LIS uses (002 §4.4, 002 appendix). */
export const ContactPersonSchema = section({
  department: text(),
  title: text(),
  name: text(),
  nameKana: text(),
  phone: text(),
  fax: text(),
  emailInternet: text(),
  emailLgwan: text(),
});
export type ContactPerson = z.infer<typeof ContactPersonSchema>;

export const newId = (): string => globalThis.crypto.randomUUID();
