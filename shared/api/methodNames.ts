/**
 * Names of every API call, kept apart from the schemas so the sandboxed preload can bundle
 * this list alone. A test checks it matches the contract.
 */
export const API_METHOD_NAMES = [
  'getSession',
  'listProjects',
  'createProject',
  'openProject',
  'openSampleProject',
  'closeProject',
  'getOutline',
  'getCourseDocument',
  'updateCourse',
  'addModule',
  'updateModule',
  'moveModule',
  'deleteModule',
  'addCapsule',
  'getCapsule',
  'updateCapsule',
  'saveCapsuleContent',
  'moveCapsule',
  'deleteCapsule',
  'addObjective',
  'updateObjective',
  'moveObjective',
  'deleteObjective',
  'setObjectiveLink',
  'getCapsuleQuiz',
  'addQuiz',
  'updateQuiz',
  'deleteQuiz',
  'addQuestion',
  'updateQuestion',
  'moveQuestion',
  'duplicateQuestion',
  'deleteQuestion',
  'listMediaLibrary',
  'replaceMediaEverywhere',
  'deleteUnusedMedia',
  'getHistory',
  'undo',
  'redo',
] as const;

/** IPC channel of a call: one channel per method, all under one prefix the main process checks. */
export const ipcChannelOf = (method: string): string => `spoc:${method}`;
