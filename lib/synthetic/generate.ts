// Loads a SYNTHETIC national-scale data set (issue 8) with set-based SQL: ~2,850
// districts × 12 years × 15 indicators ≈ 500k targets and ≈ 1M outcome
// revisions, one synthetic document per district-year whose text holds every
// quote at its recorded offsets. Everything is labelled 合成/synthetic, district
// codes start with 9 (no real province uses it), and the database is marked with
// app_setting 'synthetic_dataset' = true before anything else is written.
import path from 'node:path';
import pg from 'pg';
import { INDICATORS } from '@/lib/indicators/catalog';
import { createDb } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { checkStoredVerdicts } from '@/lib/verdicts/check';
import { checkSyntheticTarget, SYNTHETIC_MARKER_KEY } from './guard';
import { SYNTHETIC_INDICATORS } from './indicators';

export type SyntheticOptions = {
  districts: number;
  fromYear: number;
  toYear: number;
  /** Last year with any outcome; older years get preliminary and final revisions. */
  reportedThrough?: number;
  log?: (line: string) => void;
};

export type SyntheticSummary = {
  districts: number; provinces: number; cities: number; documents: number; targets: number; outcomes: number;
  outcomeReviews: number; verdictReviews: number; auditRows: number; seconds: number;
};

const MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations');
const DISTRICTS_PER_CITY = 9;
const CITIES_PER_PROVINCE = 10;

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

export async function generateSynthetic(url: string, options: SyntheticOptions): Promise<SyntheticSummary> {
  const { districts, fromYear, toYear } = options;
  const reportedThrough = options.reportedThrough ?? 2025;
  for (const value of [districts, fromYear, toYear, reportedThrough]) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`Invalid option ${value}`);
  }
  if (districts > 99_999) throw new Error('At most 99,999 districts (codes are 9xxxxx).');
  const log = options.log ?? (() => {});
  const started = Date.now();
  const step = async (label: string, sql: string) => {
    const t0 = Date.now();
    await client.query(sql);
    log(`  ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  };

  await migrate(url, MIGRATIONS_DIR);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const state = await checkSyntheticTarget(client);
    await client.query('SET synchronous_commit = off');
    await client.query("SET work_mem = '256MB'");
    await client.query('BEGIN');
    if (state === 'synthetic') {
      await step('cleared the previous synthetic data', `TRUNCATE district, source_document, target, target_verdict, outcome, skipped_figure, outcome_review, verdict_review,
        audit_log, user_district, session, api_token, app_user, indicator, app_setting RESTART IDENTITY CASCADE`);
    }
    await client.query(`INSERT INTO app_setting (key, value, updated_at) VALUES ('${SYNTHETIC_MARKER_KEY}', 'true'::jsonb, now())`);
    await client.query(`INSERT INTO indicator (key, name_zh, name_en, aliases, level_unit, higher_is_better, updated_at) VALUES ${INDICATORS.map(
      (i) => `(${literal(i.key)}, ${literal(i.nameZh)}, ${literal(i.nameEn)}, ARRAY[${i.aliases.map(literal).join(',')}]::text[], ${i.levelUnit ? literal(i.levelUnit) : 'NULL'}, ${i.higherIsBetter}, now())`,
    ).join(', ')} ON CONFLICT (key) DO NOTHING`);
    await client.query(`INSERT INTO app_user (username, display_name, password_hash, role, disabled, updated_at)
      VALUES ('synthetic-reviewer', '合成审核员 (synthetic)', '!synthetic: no password', 'reviewer', true, now())`);

    await step(`${districts} districts`, `INSERT INTO district (code, name_zh, name_en, pinyin, city_zh, city_en, province_zh, province_en, updated_at)
      SELECT (900000 + i)::text, '合成区' || lpad(i::text, 4, '0'), 'Synthetic District ' || lpad(i::text, 4, '0'), 'hechengqu' || lpad(i::text, 4, '0'),
             '合成市' || lpad(p::text, 2, '0') || '-' || lpad(c::text, 2, '0'), 'Synthetic City ' || p || '-' || c,
             '合成省' || lpad(p::text, 2, '0'), 'Synthetic Province ' || p, now()
      FROM (SELECT i, (i - 1) / ${DISTRICTS_PER_CITY * CITIES_PER_PROVINCE} + 1 AS p, ((i - 1) / ${DISTRICTS_PER_CITY}) % ${CITIES_PER_PROVINCE} + 1 AS c
            FROM generate_series(1, ${districts}) AS i) AS s`);

    const spec = SYNTHETIC_INDICATORS.map((s, index) =>
      `(${index + 1}, ${literal(s.key)}, ${literal(s.name)}, '${s.measure}'::"Measure", '${s.qualifiers[0]}'::"Qualifier", '${s.qualifiers[1]}'::"Qualifier", ${s.lo}, ${s.hi}, ${s.step}, ${literal(s.unit)}, ${literal(s.verb)})`).join(', ');
    await client.query(`CREATE TEMP TABLE syn_spec (ord int, key text, name text, measure "Measure", q1 "Qualifier", q2 "Qualifier", lo numeric, hi numeric, step numeric, unit text, verb text) ON COMMIT DROP`);
    await client.query(`INSERT INTO syn_spec VALUES ${spec}`);

    // One planned target per district × year × indicator, with its actual (final) outcome value.
    await step('planned targets', `CREATE TEMP TABLE syn_t ON COMMIT DROP AS
      SELECT d.id AS district_id, y AS year, s.ord, i.id AS indicator_id, s.key, s.name, s.measure, s.unit, s.verb, q.qualifier, v.value,
             CASE WHEN q.qualifier = 'range' THEN v.value + 1 END AS value_high, r.r3, r.r4, r.r5
      FROM district d CROSS JOIN generate_series(${fromYear}, ${toYear}) AS y CROSS JOIN syn_spec s
      JOIN indicator i ON i.key = s.key
      CROSS JOIN LATERAL (SELECT random()::numeric AS r1, random()::numeric AS r2, random()::numeric AS r3, random()::numeric AS r4, random()::numeric AS r5 WHERE d.id IS NOT NULL AND y IS NOT NULL AND s.ord IS NOT NULL) AS r
      CROSS JOIN LATERAL (SELECT CASE WHEN r.r2 < 0.7 THEN s.q1 ELSE s.q2 END AS qualifier) AS q
      CROSS JOIN LATERAL (SELECT CASE WHEN q.qualifier = 'qualitative' THEN NULL ELSE s.lo + s.step * floor(r.r1 * ((s.hi - s.lo) / s.step + 1)) END AS value) AS v`);
    await step('target wording', `ALTER TABLE syn_t ADD COLUMN as_written text, ADD COLUMN quote text;
      UPDATE syn_t SET as_written = CASE qualifier
          WHEN 'about' THEN trim_scale(value)::text || unit || '左右'
          WHEN 'at_least' THEN trim_scale(value)::text || unit || '以上'
          WHEN 'at_most_about' THEN '控制在' || trim_scale(value)::text || unit || '左右'
          WHEN 'reduction' THEN '下降' || trim_scale(value)::text || '%'
          WHEN 'range' THEN trim_scale(value)::text || '%—' || trim_scale(value_high)::text || '%'
          ELSE '完成上级下达任务' END`);
    await client.query(`UPDATE syn_t SET quote = name || CASE WHEN qualifier IN ('qualitative', 'reduction', 'at_most_about') THEN '' ELSE verb END || as_written`);

    // Outcome revisions: older years 2–3 (estimate → preliminary → final), then fewer, none after reportedThrough.
    await step('planned outcomes', `CREATE TEMP TABLE syn_o ON COMMIT DROP AS
      WITH series AS (
        SELECT t.*, CASE WHEN t.year <= ${reportedThrough - 2} THEN 2 + (t.r5 < 0.5)::int WHEN t.year = ${reportedThrough - 1} THEN 2 WHEN t.year = ${reportedThrough} THEN 1 ELSE 0 END AS n,
          CASE
            WHEN t.qualifier = 'reduction' THEN least(-0.1, round(-(t.value + (t.r3 - 0.35) * 1.6), 1))
            WHEN t.key = 'new_urban_jobs' THEN round(t.value * (0.85 + t.r3 * 0.35))
            WHEN t.key = 'grain_output' THEN round(t.value * (0.92 + t.r3 * 0.12), 1)
            WHEN t.key = 'urban_unemployment_rate' THEN round(t.value + (t.r3 - 0.6) * 1.2, 1)
            WHEN t.key = 'cpi' THEN greatest(0.1, round(t.value + (t.r3 - 0.7) * 2, 1))
            ELSE greatest(0.1, round(coalesce((t.value + t.value_high) / 2, t.value) + (t.r3 - 0.6) * 2.4, 1)) END AS final,
          CASE WHEN t.key = 'new_urban_jobs' THEN round((t.r4 - 0.5) * 300) ELSE round((t.r4 - 0.5) * 0.6, 1) END AS drift
        FROM syn_t t WHERE t.qualifier <> 'qualitative')
      SELECT s.district_id, s.year, s.ord, s.indicator_id, s.key, s.name, s.measure, s.unit, r AS revision,
        CASE WHEN r = 1 THEN 'estimate' WHEN r = s.n AND s.year <= ${reportedThrough - 2} THEN 'final' ELSE 'preliminary' END::"Vintage" AS vintage,
        s.final + (s.n - r) * s.drift AS value
      FROM series s CROSS JOIN LATERAL generate_series(1, s.n) AS r`);
    await client.query(`ALTER TABLE syn_o ADD COLUMN quote text;
      UPDATE syn_o SET value = CASE WHEN key = 'energy_intensity' THEN least(value, -0.1) ELSE greatest(value, 0.1) END;
      UPDATE syn_o SET quote = name || CASE vintage WHEN 'estimate' THEN '预计' WHEN 'preliminary' THEN '初步核算' ELSE '最终核实' END
        || CASE WHEN key = 'energy_intensity' THEN '下降' || trim_scale(-value)::text || '%'
                WHEN measure = 'growth' AND key <> 'cpi' THEN '增长' || trim_scale(value)::text || '%'
                ELSE '为' || trim_scale(value)::text || unit END`);

    // The text of each district-year document as ordered fragments; a quote starts where its fragment starts.
    await step('document fragments and offsets', `CREATE TEMP TABLE syn_f ON COMMIT DROP AS
      WITH f AS (
        SELECT d.id AS district_id, y AS year, 0 AS ord, '【合成数据 · 非真实文件 SYNTHETIC】' || d.name_zh || ' ' || y || '年主要预期目标与完成情况（性能测试自动生成，不是真实政府文件）' || E'\\n一、主要预期目标：' AS frag, NULL::text AS kind, NULL::int AS ind, NULL::int AS rev
          FROM district d CROSS JOIN generate_series(${fromYear}, ${toYear}) AS y
        UNION ALL SELECT district_id, year, ord, quote || '；', 't', indicator_id, NULL FROM syn_t
        UNION ALL SELECT d.id, y, 99, E'\\n二、完成情况：', NULL, NULL, NULL FROM district d CROSS JOIN generate_series(${fromYear}, ${toYear}) AS y
        UNION ALL SELECT district_id, year, 100 + ord * 10 + revision, quote || '。', 'o', indicator_id, revision FROM syn_o
        UNION ALL SELECT d.id, y, 999, E'\\n（本文件内容均为合成数据。）', NULL, NULL, NULL FROM district d CROSS JOIN generate_series(${fromYear}, ${toYear}) AS y)
      SELECT f.*, coalesce(sum(char_length(frag)) OVER (PARTITION BY district_id, year ORDER BY ord ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int AS start
      FROM f`);
    await step('documents', `INSERT INTO source_document (kind, district_id, year, title, published_on, full_text, text_sha256)
      SELECT 'work_report', f.district_id, f.year, '【合成】' || d.name_zh || ' ' || f.year || '年政府工作报告（合成数据）', make_date(f.year, 1, 20), f.full_text,
             encode(sha256(convert_to(f.full_text, 'UTF8')), 'hex')
      FROM (SELECT district_id, year, string_agg(frag, '' ORDER BY ord) AS full_text FROM syn_f GROUP BY district_id, year) AS f
      JOIN district d ON d.id = f.district_id`);
    await client.query('CREATE INDEX ON syn_f (district_id, year, kind, ind, rev); ANALYZE syn_f; ANALYZE syn_t; ANALYZE syn_o');
    await step('targets', `INSERT INTO target (district_id, indicator_id, year, measure, qualifier, value, value_high, unit, as_written, source_document_id, quote, quote_start, quote_end, updated_at)
      SELECT t.district_id, t.indicator_id, t.year, t.measure, t.qualifier, t.value, t.value_high, CASE WHEN t.qualifier = 'qualitative' THEN NULL ELSE t.unit END,
             t.as_written, doc.id, t.quote, f.start, f.start + char_length(t.quote), now()
      FROM syn_t t
      JOIN source_document doc ON doc.district_id = t.district_id AND doc.year = t.year
      JOIN syn_f f ON f.district_id = t.district_id AND f.year = t.year AND f.kind = 't' AND f.ind = t.indicator_id
      ORDER BY t.district_id, t.year, t.ord`);
    await step('outcomes', `INSERT INTO outcome (district_id, indicator_id, year, measure, revision, value, unit, vintage, source_document_id, quote, quote_start, quote_end, recorded_at)
      SELECT o.district_id, o.indicator_id, o.year, o.measure, o.revision, o.value, o.unit, o.vintage, doc.id, o.quote, f.start, f.start + char_length(o.quote),
             make_timestamptz(o.year + 1, 1 + (o.revision - 1) * 5, 15, 9, 0, 0, 'UTC')
      FROM syn_o o
      JOIN source_document doc ON doc.district_id = o.district_id AND doc.year = o.year
      JOIN syn_f f ON f.district_id = o.district_id AND f.year = o.year AND f.kind = 'o' AND f.ind = o.indicator_id AND f.rev = o.revision
      ORDER BY o.district_id, o.year, o.ord, o.revision`);
    await step('reviews and audit rows', `
      INSERT INTO outcome_review (outcome_id, state, comment, reviewer_id, created_at)
        SELECT o.id, CASE WHEN o.id % 7 = 0 THEN 'disputed' ELSE 'verified' END::"ReviewState", '合成审核意见（synthetic）', u.id, o.recorded_at + interval '10 days'
        FROM outcome o CROSS JOIN (SELECT id FROM app_user WHERE username = 'synthetic-reviewer') u WHERE o.id % 97 = 0;
      INSERT INTO verdict_review (target_id, kind, verdict, reason, reviewer_id, created_at)
        SELECT t.id, 'judgment', CASE WHEN t.id % 5 = 0 THEN 'missed' ELSE 'met' END::"VerdictCode", '合成研判（synthetic）', u.id, make_timestamptz(t.year + 1, 3, 1, 9, 0, 0, 'UTC')
        FROM target t CROSS JOIN (SELECT id FROM app_user WHERE username = 'synthetic-reviewer') u WHERE t.qualifier = 'qualitative' AND t.id % 4 = 0;
      INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, target_id, district_id, after)
        SELECT r.created_at, r.reviewer_id, 'outcome.review', 'outcome', r.outcome_id::text, NULL, o.district_id, jsonb_build_object('state', r.state)
        FROM outcome_review r JOIN outcome o ON o.id = r.outcome_id;
      INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, target_id, district_id, after)
        SELECT r.created_at, r.reviewer_id, 'verdict.review', 'verdict_review', r.id::text, r.target_id, t.district_id, jsonb_build_object('kind', r.kind, 'verdict', r.verdict)
        FROM verdict_review r JOIN target t ON t.id = r.target_id`);
    await client.query('COMMIT');
    await step('ANALYZE', 'ANALYZE');
    // Stored verdicts come from computeVerdict (SQL cannot decide them): recomputed in
    // batches and written, exactly as `npm run verdicts:check -- --fix` does.
    const t0 = Date.now();
    const db = createDb(url);
    try {
      const filled = await checkStoredVerdicts(db, { fix: true });
      log(`  ${filled.fixed} stored verdicts (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } finally {
      await db.$disconnect();
    }
    await step('ANALYZE target_verdict', 'ANALYZE target_verdict');
    const counts = await client.query<Record<string, string>>(`SELECT
      (SELECT count(*) FROM district) AS districts, (SELECT count(DISTINCT province_zh) FROM district) AS provinces,
      (SELECT count(DISTINCT (province_zh, city_zh)) FROM district) AS cities, (SELECT count(*) FROM source_document) AS documents,
      (SELECT count(*) FROM target) AS targets, (SELECT count(*) FROM outcome) AS outcomes, (SELECT count(*) FROM outcome_review) AS outcome_reviews,
      (SELECT count(*) FROM verdict_review) AS verdict_reviews, (SELECT count(*) FROM audit_log) AS audit_rows`);
    const row = counts.rows[0]!;
    return {
      districts: Number(row.districts), provinces: Number(row.provinces), cities: Number(row.cities), documents: Number(row.documents),
      targets: Number(row.targets), outcomes: Number(row.outcomes), outcomeReviews: Number(row.outcome_reviews),
      verdictReviews: Number(row.verdict_reviews), auditRows: Number(row.audit_rows), seconds: (Date.now() - started) / 1000,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
