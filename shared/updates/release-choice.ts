// Staging (decision 033): the county releases a version to some townships first, then to all. Which release a
// device is offered is decided here, once, for the server's channel file and its download check.
import semver from 'semver';

/** Who a staged release is for: township codes, and `county` for the county's own PCs. */
export const COUNTY_AUDIENCE = 'county';

export interface ReleaseEntry {
  version: string;
  /** null: every township and the county; otherwise only these audiences. */
  audiences: readonly string[] | null;
}

/** A device's audience: its township's code, or `county`. */
export type Audience = string;

export const isOfferedTo = (release: ReleaseEntry, audience: Audience): boolean =>
  release.audiences === null || release.audiences.includes(audience);

/** The newest valid version offered to the audience, or undefined when none is. */
export function chooseRelease<R extends ReleaseEntry>(releases: readonly R[], audience: Audience): R | undefined {
  let best: R | undefined;
  for (const release of releases) {
    if (!semver.valid(release.version) || !isOfferedTo(release, audience)) continue;
    if (!best || semver.gt(release.version, best.version)) best = release;
  }
  return best;
}
