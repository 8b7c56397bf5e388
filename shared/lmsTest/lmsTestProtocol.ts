import { z } from 'zod';

/**
 * Messages between the app and the LMS test page (the "LMS": a real SCORM runtime that frames the
 * SCO). They live on two origins, so everything crosses by postMessage and is checked on arrival.
 */
export const LMS_TEST_CHANNEL = 'spoc-lms-test';

/** How the test LMS opens SCOs: a fresh API object per SCO, or one per player page as Moodle does. */
const LmsTestModeSchema = z.enum(['standard', 'moodle']);
export type LmsTestMode = z.infer<typeof LmsTestModeSchema>;

/** A SCO of a package, as the LMS reads it from the manifest. */
export const LmsTestScoSchema = z.object({
  /** "<package number>/<resource href>": unique across a module-packages export. */
  key: z.string().max(500),
  packageIndex: z.number().int().min(0),
  title: z.string().max(500),
  href: z.string().max(500),
});
export type LmsTestSco = z.infer<typeof LmsTestScoSchema>;

/** App → LMS page: open a SCO. `newPage` is a new visit (relaunch); false is the LMS's own menu/Next inside the player page. */
export const LmsLaunchMessageSchema = z
  .object({ channel: z.literal(LMS_TEST_CHANNEL), type: z.literal('launch'), key: z.string().max(500), mode: LmsTestModeSchema, newPage: z.boolean() })
  .strict();
export type LmsLaunchMessage = z.infer<typeof LmsLaunchMessageSchema>;

const CmiSchema = z.record(z.string(), z.unknown());

/** One API call the SCO made, as the LMS answered it. Only failed GetValue/SetValue calls are reported. */
export const LmsCallSchema = z.object({
  call: z.enum(['Initialize', 'Terminate', 'Commit', 'GetValue', 'SetValue']),
  element: z.string().max(300).optional(),
  ok: z.boolean(),
  /** SCORM error code after the call (0: no error). */
  errorCode: z.number().int().min(0),
  errorText: z.string().max(500),
  /** What the LMS holds for the SCO after Initialize, Commit and Terminate. */
  cmi: CmiSchema.optional(),
  /** Size of the data model a commit sends (Moodle re-sends all of it), in bytes of UTF-8 JSON. */
  bytes: z.number().int().min(0).optional(),
});
export type LmsCall = z.infer<typeof LmsCallSchema>;

/** LMS page → app. */
export const LmsPageMessageSchema = z.discriminatedUnion('type', [
  z.object({
    channel: z.literal(LMS_TEST_CHANNEL),
    type: z.literal('ready'),
    version: z.enum(['1.2', '2004']),
    scos: z.array(LmsTestScoSchema).max(2_000),
  }),
  z.object({ channel: z.literal(LMS_TEST_CHANNEL), type: z.literal('unreadable'), message: z.string().max(2_000) }),
  z.object({
    channel: z.literal(LMS_TEST_CHANNEL),
    type: z.literal('session'),
    key: z.string().max(500),
    /** True when this session got a fresh API object (false: Moodle's page reuses the previous one). */
    freshApi: z.boolean(),
    resumed: z.boolean(),
  }),
  z.object({ channel: z.literal(LMS_TEST_CHANNEL), type: z.literal('call'), key: z.string().max(500), call: LmsCallSchema }),
]);
export type LmsPageMessage = z.infer<typeof LmsPageMessageSchema>;

/**
 * Whether the SCO opened from the player page's own navigation meets the API object of the SCO
 * before it. Moodle 4.5's 2004 player keeps one per page, so Initialize fails with 104 there; its
 * 1.2 player records every SCO (measured, see shared/design/lms-notes.md).
 */
export function reusesApiObject(mode: LmsTestMode, version: '1.2' | '2004', newPage: boolean): boolean {
  return mode === 'moodle' && version === '2004' && !newPage;
}
