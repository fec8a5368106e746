// The "floor" of each page: the same rows read by the minimum raw SQL (pg), with
// no verdicts, rendering or serialisation. Page time / floor shows the app's overhead.
import type pg from 'pg';

export type Sample = { districtId: number; districtCode: string; indicatorId: number; indicatorKey: string; year: number; targetId: number };

export type Floor = { name: string; run: (pool: pg.Pool) => Promise<unknown> };

const TARGET_COLS = 't.id, t.year, t.measure, t.qualifier, t.value, t.value_high, t.unit, t.as_written, t.quote, t.quote_start, t.quote_end, t.source_document_id';
const OUTCOME_COLS = 'o.id, o.district_id, o.indicator_id, o.year, o.measure, o.revision, o.value, o.unit, o.vintage, o.recorded_at, o.quote, o.quote_start, o.quote_end';

export function floors(s: Sample): Record<string, Floor> {
  return {
    overview: { name: 'targets + outcomes of one year, all districts', run: (pool) => Promise.all([
      pool.query(`SELECT ${TARGET_COLS}, t.district_id, t.indicator_id FROM target t WHERE t.year = $1`, [s.year]),
      pool.query(`SELECT ${OUTCOME_COLS} FROM outcome o WHERE o.year = $1`, [s.year]),
      pool.query('SELECT id, code, name_zh, province_zh, city_zh FROM district'),
    ]) },
    overviewAll: { name: 'all targets and outcomes, all years', run: (pool) => Promise.all([
      pool.query(`SELECT ${TARGET_COLS}, t.district_id, t.indicator_id FROM target t`),
      pool.query(`SELECT ${OUTCOME_COLS} FROM outcome o`),
    ]) },
    district: { name: 'district, its targets and outcomes', run: (pool) => Promise.all([
      pool.query('SELECT * FROM district WHERE code = $1', [s.districtCode]),
      pool.query(`SELECT ${TARGET_COLS}, t.indicator_id FROM target t WHERE t.district_id = $1`, [s.districtId]),
      pool.query(`SELECT ${OUTCOME_COLS} FROM outcome o WHERE o.district_id = $1`, [s.districtId]),
    ]) },
    indicator: { name: 'one indicator × year: targets and outcomes', run: (pool) => Promise.all([
      pool.query(`SELECT ${TARGET_COLS}, t.district_id FROM target t WHERE t.indicator_id = $1 AND t.year = $2`, [s.indicatorId, s.year]),
      pool.query(`SELECT ${OUTCOME_COLS} FROM outcome o WHERE o.indicator_id = $1 AND o.year = $2`, [s.indicatorId, s.year]),
    ]) },
    target: { name: 'target, its outcomes, reviews, audit, document', run: (pool) => Promise.all([
      pool.query(`SELECT ${TARGET_COLS} FROM target t WHERE t.id = $1`, [s.targetId]),
      pool.query(`SELECT ${OUTCOME_COLS} FROM outcome o JOIN target t ON t.district_id = o.district_id AND t.indicator_id = o.indicator_id AND t.year = o.year WHERE t.id = $1`, [s.targetId]),
      pool.query('SELECT * FROM verdict_review WHERE target_id = $1', [s.targetId]),
      pool.query('SELECT * FROM audit_log WHERE target_id = $1', [s.targetId]),
      pool.query('SELECT d.full_text FROM source_document d JOIN target t ON t.source_document_id = d.id WHERE t.id = $1', [s.targetId]),
    ]) },
    api: { name: 'first 50 targets by id and their outcomes', run: async (pool) => {
      const targets = await pool.query(`SELECT ${TARGET_COLS}, t.district_id, t.indicator_id FROM target t ORDER BY t.id LIMIT 50`);
      const ids = targets.rows.map((row: { id: number }) => row.id);
      return pool.query(`SELECT ${OUTCOME_COLS} FROM outcome o JOIN target t ON t.district_id = o.district_id AND t.indicator_id = o.indicator_id AND t.year = o.year WHERE t.id = ANY($1)`, [ids]);
    } },
    scorecardDistrict: { name: 'one district × year: targets and outcomes', run: (pool) => Promise.all([
      pool.query(`SELECT ${TARGET_COLS} FROM target t WHERE t.district_id = $1 AND t.year = $2`, [s.districtId, s.year]),
      pool.query(`SELECT ${OUTCOME_COLS} FROM outcome o WHERE o.district_id = $1 AND o.year = $2`, [s.districtId, s.year]),
    ]) },
    scorecardAll: { name: 'all districts × one year: targets and outcomes', run: (pool) => Promise.all([
      pool.query(`SELECT ${TARGET_COLS}, t.district_id FROM target t WHERE t.year = $1`, [s.year]),
      pool.query(`SELECT ${OUTCOME_COLS} FROM outcome o WHERE o.year = $1`, [s.year]),
    ]) },
    home: { name: 'first 60 districts with their target and first-revision counts', run: async (pool) => {
      const districts = await pool.query(`SELECT d.id, d.code, d.name_zh, d.province_zh, d.city_zh, (SELECT count(*) FROM target t WHERE t.district_id = d.id) AS targets
        FROM district d ORDER BY d.province_zh, d.city_zh, d.code LIMIT 60`);
      return pool.query('SELECT district_id, count(*) FROM outcome WHERE district_id = ANY($1) AND revision = 1 GROUP BY district_id', [districts.rows.map((row: { id: number }) => row.id)]);
    } },
  };
}
