/** What an LMS reads from the manifest to initialize a SCO's run-time data. */
export interface ManifestLaunchData {
  /** SCORM 1.2 adlcp:masteryscore → cmi.student_data.mastery_score. */
  masteryScore?: string;
  /** SCORM 2004 adlcp:completionThreshold → cmi.completion_threshold. */
  completionThreshold?: string;
  /** SCORM 2004 imsss:minNormalizedMeasure of a primary objective satisfied by measure → cmi.scaled_passing_score. */
  scaledPassingScore?: string;
}

/** Launch data by SCO launch path (resource href), read from one of our manifests. */
export function manifestLaunchData(manifest: string): Map<string, ManifestLaunchData> {
  const hrefByResource = new Map([...manifest.matchAll(/<resource\b[^>]*\bidentifier="([^"]+)"[^>]*\bhref="([^"]+)"/g)].map((match) => [match[1]!, match[2]!]));
  const data = new Map<string, ManifestLaunchData>();
  for (const [, resource, body] of manifest.matchAll(/<item\b[^>]*\bidentifierref="([^"]+)"[^>]*>([\s\S]*?)<\/item>/g)) {
    const href = hrefByResource.get(resource!);
    if (!href) continue;
    const threshold = /<adlcp:completionThreshold\b([^>]*?)\/>|<adlcp:completionThreshold>([^<]+)</.exec(body!);
    const minProgress = threshold?.[1] ? /minProgressMeasure="([^"]+)"/.exec(threshold[1])?.[1] : threshold?.[2];
    const byMeasure = /satisfiedByMeasure="true"[\s\S]*?<imsss:minNormalizedMeasure>([^<]+)</.exec(body!);
    data.set(href, {
      masteryScore: /<adlcp:masteryscore>([^<]+)</.exec(body!)?.[1],
      completionThreshold: minProgress,
      scaledPassingScore: byMeasure?.[1],
    });
  }
  return data;
}
