import { formatMessage, type MessageKey } from '../../../shared/i18n/formatMessage';
import type { MessageCatalog } from '../../../shared/i18n/catalog';
import { storyboard, type StoryboardMessageKey } from '../../../shared/i18n/storyboard';
import type { Language, MediaAsset, Objective } from '../../../shared/model/course';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { indexCourse, type CourseIndex } from '../../../shared/export/courseIndex';
import { formatDuration } from '../../../shared/pacing/formatDuration';

type Params = Record<string, string | number>;

/** What every part of the storyboard reads: the course, its language's words, and the media bytes it may embed. */
export interface StoryboardContext {
  doc: CourseDocument;
  language: Language;
  /** A storyboard message in the course's language. */
  t(key: MessageKey<StoryboardMessageKey>, params?: Params): string;
  /** A message another catalog already holds (Bloom levels, capsule kinds, script columns…). */
  text<Keys extends string>(catalog: MessageCatalog<Keys>, key: MessageKey<Keys>, params?: Params): string;
  duration(minutes: number): string;
  /** Modules, capsules, quizzes and questions in reading order. */
  index: CourseIndex;
  mediaById: ReadonlyMap<string, MediaAsset>;
  objectiveById: ReadonlyMap<string, Objective>;
  /** Image bytes by SHA-256: images absent here are named, not embedded. */
  images: ReadonlyMap<string, Uint8Array>;
  /** A fresh number for each ordered list, so that each one counts from 1. */
  nextListInstance(): number;
}

export function createStoryboardContext(doc: CourseDocument, images: ReadonlyMap<string, Uint8Array>): StoryboardContext {
  const { language } = doc.course;
  const index = indexCourse(doc);
  let listInstance = 0;
  return {
    doc,
    language,
    t: (key, params) => formatMessage(storyboard[language], language, key, params),
    text: (catalog, key, params) => formatMessage(catalog[language], language, key, params),
    duration: (minutes) => formatDuration(minutes, language),
    index,
    mediaById: index.mediaById,
    objectiveById: new Map(doc.objectives.map((objective) => [objective.id, objective])),
    images,
    nextListInstance: () => (listInstance += 1),
  };
}

/** Objective codes (or their text when they have no code), in the order given. */
export function objectiveCodes(context: StoryboardContext, ids: readonly string[]): string {
  return ids
    .map((id) => context.objectiveById.get(id))
    .filter((objective) => objective !== undefined)
    .map((objective) => objective.code.trim() || objective.text)
    .join(', ');
}
