import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Language, ScormVersion } from '../model/course';
import { toXmlText } from './markupEscapes';

/** One launchable unit of a package, as the manifest lists it. */
export interface ManifestSco {
  /** Stable id of what the SCO covers (course or module id), used to derive XML identifiers. */
  id: string;
  title: string;
  /** Launch page, from the package root. */
  href: string;
  /** Every file the SCO needs besides the player (its page, its data, its media), from the root. */
  files: string[];
  /** Pass mark in percent when the SCO is passed by a quiz score; null when it has no pass mark. */
  masteryScore: number | null;
}

export interface ManifestInput {
  version: ScormVersion;
  /** Stable id of the package (course id, or module id for a module's own package). */
  id: string;
  title: string;
  description: string;
  language: Language;
  typicalLearningMinutes: number;
  scos: ManifestSco[];
  /** Player files every SCO depends on. */
  playerFiles: string[];
  /** Each SCO after the first opens once the previous one is completed. */
  lockScos: boolean;
}

const NS = {
  cp12: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp12: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  md12: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
  cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  lom: 'http://ltsc.ieee.org/xsd/LOM',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

// SCORM 1.2's content-packaging schema caps titles at 200 characters; LMS databases cap them too.
const MANIFEST_TITLE_MAX = 200;
const PLAYER_RESOURCE_ID = 'res-player';

/** The package's imsmanifest.xml for SCORM 1.2, 2004 3rd or 2004 4th edition. Deterministic: no dates, ids from course ids. */
export function buildManifest(input: ManifestInput): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' });
  if (input.version === '1.2') writeScorm12(root, input);
  else writeScorm2004(root, input);
  return root.end({ prettyPrint: true });
}

const title = (text: string): string => toXmlText(text, MANIFEST_TITLE_MAX) || '-';
const itemIdOf = (sco: ManifestSco): string => `item-${sco.id}`;
const resourceIdOf = (sco: ManifestSco): string => `res-${sco.id}`;

function writeScorm12(root: XMLBuilder, input: ManifestInput): void {
  const manifest = root.ele(NS.cp12, 'manifest', {
    identifier: `spoc-${input.id}`,
    version: '1.0',
    'xmlns:adlcp': NS.adlcp12,
    'xmlns:xsi': NS.xsi,
    'xsi:schemaLocation': `${NS.cp12} imscp_rootv1p1p2.xsd ${NS.md12} imsmd_rootv1p2p1.xsd ${NS.adlcp12} adlcp_rootv1p2.xsd`,
  });
  const metadata = manifest.ele('metadata');
  metadata.ele('schema').txt('ADL SCORM');
  metadata.ele('schemaversion').txt('1.2');
  const lom = metadata.ele(NS.md12, 'lom');
  const general = lom.ele('general');
  general.ele('title').ele('langstring', { 'xml:lang': input.language }).txt(toXmlText(input.title));
  general.ele('language').txt(input.language);
  general.ele('description').ele('langstring', { 'xml:lang': input.language }).txt(toXmlText(input.description));
  lom.ele('educational').ele('typicallearningtime').ele('datetime').txt(isoDuration(input.typicalLearningMinutes));

  const organizations = manifest.ele('organizations', { default: `org-${input.id}` });
  const organization = organizations.ele('organization', { identifier: `org-${input.id}` });
  organization.ele('title').txt(title(input.title));
  input.scos.forEach((sco, index) => {
    const item = organization.ele('item', { identifier: itemIdOf(sco), identifierref: resourceIdOf(sco), isvisible: 'true' });
    item.ele('title').txt(title(sco.title));
    const previous = input.scos[index - 1];
    if (input.lockScos && previous) item.ele(NS.adlcp12, 'adlcp:prerequisites', { type: 'aicc_script' }).txt(itemIdOf(previous));
    if (sco.masteryScore !== null) item.ele(NS.adlcp12, 'adlcp:masteryscore').txt(String(sco.masteryScore));
  });

  const resources = manifest.ele('resources');
  for (const sco of input.scos) {
    const resource = resources.ele('resource', { identifier: resourceIdOf(sco), type: 'webcontent', 'adlcp:scormtype': 'sco', href: sco.href });
    for (const file of sco.files) resource.ele('file', { href: file });
    resource.ele('dependency', { identifierref: PLAYER_RESOURCE_ID });
  }
  const player = resources.ele('resource', { identifier: PLAYER_RESOURCE_ID, type: 'webcontent', 'adlcp:scormtype': 'asset' });
  for (const file of input.playerFiles) player.ele('file', { href: file });
}

function writeScorm2004(root: XMLBuilder, input: ManifestInput): void {
  const fourth = input.version === '2004-4th';
  const manifest = root.ele(NS.cp, 'manifest', {
    identifier: `spoc-${input.id}`,
    version: '1',
    'xmlns:adlcp': NS.adlcp,
    'xmlns:adlseq': NS.adlseq,
    'xmlns:adlnav': NS.adlnav,
    'xmlns:imsss': NS.imsss,
    'xmlns:xsi': NS.xsi,
    'xsi:schemaLocation': `${NS.cp} imscp_v1p1.xsd ${NS.adlcp} adlcp_v1p3.xsd ${NS.adlseq} adlseq_v1p3.xsd ${NS.adlnav} adlnav_v1p3.xsd ${NS.imsss} imsss_v1p0.xsd ${NS.lom} lom.xsd`,
  });
  const metadata = manifest.ele('metadata');
  metadata.ele('schema').txt('ADL SCORM');
  metadata.ele('schemaversion').txt(fourth ? '2004 4th Edition' : '2004 3rd Edition');
  const lom = metadata.ele(NS.lom, 'lom');
  const general = lom.ele('general');
  const identifier = general.ele('identifier');
  identifier.ele('catalog').txt('URI');
  identifier.ele('entry').txt(`urn:spoc-studio:${input.id}`);
  general.ele('title').ele('string', { language: input.language }).txt(toXmlText(input.title));
  general.ele('language').txt(input.language);
  general.ele('description').ele('string', { language: input.language }).txt(toXmlText(input.description));
  lom.ele('educational').ele('typicalLearningTime').ele('duration').txt(isoDuration(input.typicalLearningMinutes));

  const organizations = manifest.ele('organizations', { default: `org-${input.id}` });
  const organization = organizations.ele('organization', {
    identifier: `org-${input.id}`,
    // Completion mapped between modules stays inside this package.
    ...(input.lockScos ? { 'adlseq:objectivesGlobalToSystem': 'false' } : {}),
  });
  organization.ele('title').txt(title(input.title));
  input.scos.forEach((sco, index) => {
    const item = organization.ele('item', { identifier: itemIdOf(sco), identifierref: resourceIdOf(sco), isvisible: 'true' });
    item.ele('title').txt(title(sco.title));
    // The player reports completion itself; the threshold tells it (cmi.completion_threshold) that every capsule counts.
    if (fourth) item.ele(NS.adlcp, 'adlcp:completionThreshold', { completedByMeasure: 'false', minProgressMeasure: '1.0' });
    else item.ele(NS.adlcp, 'adlcp:completionThreshold').txt('1.0');
    writeItemSequencing(item, sco, input.lockScos ? input.scos[index - 1] : undefined, input.lockScos && index < input.scos.length - 1);
  });
  if (input.scos.length > 1) organization.ele(NS.imsss, 'imsss:sequencing').ele('imsss:controlMode', { choice: 'true', flow: 'true' });

  const resources = manifest.ele('resources');
  for (const sco of input.scos) {
    const resource = resources.ele('resource', { identifier: resourceIdOf(sco), type: 'webcontent', 'adlcp:scormType': 'sco', href: sco.href });
    for (const file of sco.files) resource.ele('file', { href: file });
    resource.ele('dependency', { identifierref: PLAYER_RESOURCE_ID });
  }
  const player = resources.ele('resource', { identifier: PLAYER_RESOURCE_ID, type: 'webcontent', 'adlcp:scormType': 'asset' });
  for (const file of input.playerFiles) player.ele('file', { href: file });
}

/**
 * Sequencing of one SCO: passed by measure when it has a pass mark (scaled_passing_score), and,
 * when locked, disabled until the previous SCO's completion (shared through a global objective,
 * a 4th-edition feature) is known and completed.
 */
function writeItemSequencing(item: XMLBuilder, sco: ManifestSco, previous: ManifestSco | undefined, sharesCompletion: boolean): void {
  const sequencing = item.ele(NS.imsss, 'imsss:sequencing');
  const ownObjective = `obj-${sco.id}`;
  const previousObjective = previous ? `obj-previous-${previous.id}` : null;
  if (previousObjective) {
    const rule = sequencing.ele('imsss:sequencingRules').ele('imsss:preConditionRule');
    const conditions = rule.ele('imsss:ruleConditions', { conditionCombination: 'any' });
    conditions.ele('imsss:ruleCondition', { referencedObjective: previousObjective, operator: 'not', condition: 'completed' });
    conditions.ele('imsss:ruleCondition', { referencedObjective: previousObjective, operator: 'not', condition: 'activityProgressKnown' });
    rule.ele('imsss:ruleAction', { action: 'disabled' });
  }
  const objectives = sequencing.ele('imsss:objectives');
  const primary = objectives.ele('imsss:primaryObjective', {
    objectiveID: ownObjective,
    satisfiedByMeasure: sco.masteryScore === null ? 'false' : 'true',
  });
  if (sco.masteryScore !== null) primary.ele('imsss:minNormalizedMeasure').txt(String(Math.round(sco.masteryScore * 100) / 10_000));
  if (previousObjective) objectives.ele('imsss:objective', { objectiveID: previousObjective });
  sequencing.ele('imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' });
  if (!sharesCompletion && !previous) return;
  const adlObjectives = sequencing.ele(NS.adlseq, 'adlseq:objectives');
  if (sharesCompletion) {
    adlObjectives
      .ele('adlseq:objective', { objectiveID: ownObjective })
      .ele('adlseq:mapInfo', { targetObjectiveID: globalCompletionObjective(sco), ...readNothing, writeCompletionStatus: 'true' });
  }
  if (previous && previousObjective) {
    adlObjectives
      .ele('adlseq:objective', { objectiveID: previousObjective })
      .ele('adlseq:mapInfo', { targetObjectiveID: globalCompletionObjective(previous), ...readNothing, readCompletionStatus: 'true' });
  }
}

const readNothing = {
  readRawScore: 'false',
  readMinScore: 'false',
  readMaxScore: 'false',
  readCompletionStatus: 'false',
  readProgressMeasure: 'false',
};

const globalCompletionObjective = (sco: ManifestSco): string => `urn:spoc-studio:completion:${sco.id}`;

/** ISO 8601 duration of whole minutes: PT1H30M. */
function isoDuration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}
