import type { LmsTestSco } from '../../../../shared/lmsTest/lmsTestProtocol';

/** What an LMS reads from the manifest to launch a SCO and initialize its run-time data. */
export interface ManifestSco extends LmsTestSco {
  version: '1.2' | '2004';
  /** 1.2 adlcp:masteryscore → cmi.student_data.mastery_score. */
  masteryScore: string | null;
  /** 2004 adlcp:completionThreshold → cmi.completion_threshold. */
  completionThreshold: string | null;
  /** 2004 minNormalizedMeasure of a primary objective satisfied by measure → cmi.scaled_passing_score. */
  scaledPassingScore: string | null;
}

const children = (parent: Element, name: string): Element[] => [...parent.children].filter((child) => child.localName === name);
const descendant = (parent: Element, name: string): Element | null => [...parent.getElementsByTagName('*')].find((element) => element.localName === name) ?? null;

/** The SCOs of a package in the default organization's order, as an LMS imports them; throws when the manifest is unreadable. */
export function readManifest(xml: string, packageIndex: number): { version: '1.2' | '2004'; scos: ManifestSco[] } {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const root = doc.documentElement;
  if (root.localName !== 'manifest') throw new Error('imsmanifest.xml is not a manifest');
  const schemaVersion = descendant(root, 'schemaversion')?.textContent?.trim() ?? '';
  const version = schemaVersion === '1.2' ? '1.2' : '2004';
  const hrefs = new Map<string, string>();
  for (const resource of [...root.getElementsByTagName('*')].filter((element) => element.localName === 'resource')) {
    const href = resource.getAttribute('href');
    if (href) hrefs.set(resource.getAttribute('identifier') ?? '', href);
  }
  const organizations = children(root, 'organizations')[0];
  const defaultId = organizations?.getAttribute('default');
  const organization = organizations && (children(organizations, 'organization').find((candidate) => candidate.getAttribute('identifier') === defaultId) ?? children(organizations, 'organization')[0]);
  if (!organization) throw new Error('imsmanifest.xml has no organization');
  const scos: ManifestSco[] = [];
  const visit = (parent: Element): void => {
    for (const item of children(parent, 'item')) {
      const href = hrefs.get(item.getAttribute('identifierref') ?? '');
      if (href) {
        const threshold = children(item, 'completionThreshold')[0];
        const primary = descendant(item, 'primaryObjective');
        const byMeasure = primary?.getAttribute('satisfiedByMeasure') === 'true';
        scos.push({
          version,
          key: `${packageIndex + 1}/${href}`,
          packageIndex,
          title: children(item, 'title')[0]?.textContent?.trim() ?? href,
          href,
          masteryScore: children(item, 'masteryscore')[0]?.textContent?.trim() || null,
          completionThreshold: threshold ? threshold.getAttribute('minProgressMeasure') ?? (threshold.textContent?.trim() || null) : null,
          scaledPassingScore: byMeasure && primary ? descendant(primary, 'minNormalizedMeasure')?.textContent?.trim() || null : null,
        });
      }
      visit(item);
    }
  };
  visit(organization);
  return { version, scos };
}
