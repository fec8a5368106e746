// Read models that depend only on the data (not on who reads), kept per process and
// keyed by the data version (table data_version, bumped by triggers on every write to
// a table a verdict or view reads). An entry is served only while the database still
// says the version it was built at; the version is read before the rows, so a build
// can hold rows newer than its version (the next read sees the new version and
// rebuilds) but never older ones.

type Entry<T> = { version: bigint; value: Promise<T> };

export type VersionedCache<T> = {
  get: (key: string, version: bigint, build: () => Promise<T>) => Promise<T>;
  clear: () => void;
};

/** At most `limit` entries, least recently used dropped first; concurrent misses share one build. */
export function versionedCache<T>(limit: number): VersionedCache<T> {
  const entries = new Map<string, Entry<T>>();
  return {
    get(key, version, build) {
      const hit = entries.get(key);
      if (hit && hit.version === version) {
        entries.delete(key);
        entries.set(key, hit);
        return hit.value;
      }
      if (hit && hit.version > version) return build(); // a reader behind a newer build: do not replace it
      const value = build();
      entries.delete(key);
      entries.set(key, { version, value });
      // A failed build is not kept: the next reader tries again.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      while (entries.size > limit) entries.delete(entries.keys().next().value as string);
      return value;
    },
    clear: () => entries.clear(),
  };
}
