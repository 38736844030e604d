import { useEffect, useState } from 'react';

interface StorageFacts {
  persisted: boolean;
  usage: number | null;
  quota: number | null;
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}

/**
 * Whether the browser keeps Minutebook's data under storage pressure (asked for at start) and
 * how much room it uses, from the Storage API; nothing is shown where that API is missing.
 */
export function StorageState() {
  const [facts, setFacts] = useState<StorageFacts | null>(null);
  useEffect(() => {
    const storage = navigator.storage as StorageManager | undefined;
    if (!storage) return;
    let live = true;
    void Promise.all([storage.persisted(), storage.estimate()])
      .then(([persisted, estimate]) => {
        if (live)
          setFacts({ persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (facts === null) return null;
  return (
    <p className="muted" data-testid="storage-state">
      {facts.persisted
        ? 'Storage is kept: the system will not clear Minutebook’s data to free space.'
        : 'Storage may be cleared by the browser when space runs low: keep a copy of a backup elsewhere (“Save a copy”).'}
      {facts.usage !== null && facts.quota !== null && (
        <>
          {' '}
          Minutebook uses {megabytes(facts.usage)} of the {megabytes(facts.quota)} it may use here.
        </>
      )}
    </p>
  );
}
