import { z } from 'zod';
import { lazySchema } from './lazySchema';

// The attributes of our course blocks (shared/model/blocks), as the editor writes them and the export and
// checks read them; apart from the block names so that naming a block does not load zod.

const MediaRef = lazySchema(() => z.string().nullable());

export const ImageAttrsSchema = lazySchema(() => z.object({ mediaId: MediaRef, alt: z.string().max(2_000), caption: z.string().max(2_000) }));
export const VideoAttrsSchema = lazySchema(() => z.object({
  mediaId: MediaRef,
  /** WebVTT captions asset. */
  captionsMediaId: MediaRef,
  transcript: z.string().max(200_000),
  durationSeconds: z.number().min(0).nullable(),
}));
export const AudioAttrsSchema = lazySchema(() => z.object({
  mediaId: MediaRef,
  transcript: z.string().max(200_000),
  durationSeconds: z.number().min(0).nullable(),
}));
export const ResourceAttrsSchema = lazySchema(() => z.object({ mediaId: MediaRef, label: z.string().max(500) }));
export const CalloutAttrsSchema = lazySchema(() => z.object({ tone: z.enum(['info', 'key', 'warning']) }));
export const PanelAttrsSchema = lazySchema(() => z.object({ title: z.string().max(500) }));
export const LabeledGraphicAttrsSchema = lazySchema(() => z.object({ mediaId: MediaRef, alt: z.string().max(2_000) }));
/** Ids of scenarios and situations: short, stable, letters and digits only (they name SCORM interactions). */
const ScenarioIdSchema = lazySchema(() => z.string().regex(/^[0-9a-z]{1,12}$/));
/** `required` 1: the capsule counts as seen only once the learner reaches an end. */
export const ScenarioAttrsSchema = lazySchema(() => z.object({ id: ScenarioIdSchema, title: z.string().max(500), required: z.union([z.literal(0), z.literal(1)]) }));
export const SituationAttrsSchema = lazySchema(() => z.object({ id: ScenarioIdSchema, title: z.string().max(500) }));
export const ScenarioChoiceAttrsSchema = lazySchema(() => z.object({ label: z.string().max(500), feedback: z.string().max(2_000), target: z.string().max(12) }));
export const ActivityAttrsSchema = lazySchema(() => z.object({ mode: z.enum(['offline', 'synchronous']) }));
