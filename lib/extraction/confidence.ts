// How sure the extractor is, 0–1. A score starts from where the figure was found
// (the 主要预期目标 paragraph and the review's headline summary are where reports put
// the figures staff record) and loses points for each reason a reviewer should look
// twice. It orders the review queue; it never decides anything on its own.

export type ConfidenceInput = {
  kind: 'target' | 'outcome';
  /** Target: inside the 主要预期目标 paragraph. Outcome: in a paragraph with ≥3 catalogue figures. */
  headline: boolean;
  /** Qualitative or relative wording: free text a reviewer must judge anyway. */
  wording: boolean;
  /** One of several values paired with names by order ("分别增长5%、7%"). */
  series: boolean;
  /** The name is in the previous clause ("完成281.6亿元,增长5.5%"). */
  continuation: boolean;
  /** The quote crosses a removed line-number artefact: the join itself could be wrong. */
  joinedAcrossArtefact: boolean;
  /** No punctuation between this item and the previous figure. */
  runTogether: boolean;
  /** An outcome written as a bound (以上/左右): the report gives no exact figure. */
  bound: boolean;
};

const BASE = { target: { headline: 0.95, other: 0.6 }, outcome: { headline: 0.95, other: 0.8 } } as const;

export function scoreConfidence(input: ConfidenceInput): number {
  let score: number = input.headline ? BASE[input.kind].headline : BASE[input.kind].other;
  if (input.wording) score = Math.min(score, 0.7);
  if (input.series) score -= 0.05;
  if (input.continuation) score -= 0.05;
  if (input.joinedAcrossArtefact) score -= 0.15;
  if (input.runTogether) score -= 0.05;
  if (input.bound) score -= 0.1;
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}
