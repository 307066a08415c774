import { ApiException } from '@thidua/server/core';
import { cleanText, CriteriaSetContent, maxTotalOf } from '@thidua/shared/contracts';

const text = (value: string | null | undefined) => (value ? cleanText(value) || null : null);

/** A criteria set's content as stored: texts cleaned, empty notes as null. */
export function cleanContent(input: CriteriaSetContent): CriteriaSetContent {
  return {
    groups: input.groups.map((g) => ({
      code: cleanText(g.code),
      name: cleanText(g.name),
      criteria: g.criteria.map((c) => ({
        code: cleanText(c.code),
        text: cleanText(c.text),
        maxPoints: c.maxPoints,
        guidance: text(c.guidance),
      })),
    })),
    bonusMax: input.bonusMax,
    bonusGuidance: text(input.bonusGuidance),
    bands: input.bands.map((b) => ({
      name: cleanText(b.name),
      minTotal: b.minTotal,
      minCriterionRatio: b.minCriterionRatio,
    })),
  };
}

/** What every saved draft must hold: codes and band names used once (scores are keyed by code). */
export function assertConsistent(content: CriteriaSetContent): void {
  const codes = new Set<string>();
  for (const code of content.groups.flatMap((g) => [g.code, ...g.criteria.map((c) => c.code)])) {
    const key = code.toLowerCase();
    if (codes.has(key)) throw new ApiException(400, 'criteria_code_duplicate', { code });
    codes.add(key);
  }
  const bands = new Set<string>();
  for (const band of content.bands) {
    const key = band.name.toLowerCase();
    if (bands.has(key)) throw new ApiException(400, 'criteria_band_duplicate', { name: band.name });
    bands.add(key);
  }
}

/** What a set must hold before a plan may score with it: criteria, and bands a unit can reach, highest first. */
export function assertPublishable(content: CriteriaSetContent): void {
  assertConsistent(content);
  if (content.groups.every((g) => g.criteria.length === 0) || content.bands.length === 0) {
    throw new ApiException(400, 'criteria_set_incomplete');
  }
  const reachable = maxTotalOf(content) + content.bonusMax;
  content.bands.forEach((band, i) => {
    if (band.minTotal > reachable) {
      throw new ApiException(400, 'criteria_band_unreachable', {
        name: band.name,
        min: band.minTotal,
        max: reachable,
      });
    }
    const above = content.bands[i - 1];
    if (
      above &&
      band.minTotal >= above.minTotal &&
      (band.minCriterionRatio ?? 0) >= (above.minCriterionRatio ?? 0)
    ) {
      throw new ApiException(400, 'criteria_band_order', { name: band.name });
    }
  });
}
