// A fingerprint of a source grid taken at preview: apply re-reads the sheets and refuses when
// any fingerprint differs, so it never applies a plan to data the user did not see.
import type { Grid } from "../core/table/grid";
import { Sha256 } from "./sha256";

export function fingerprintGrid(grid: Grid): string {
  const h = new Sha256();
  h.update(`${grid.sheet}\u0000${grid.firstRow}\u0000${grid.firstColumn}\u0000`);
  // Row by row keeps memory flat on 100k-row sheets.
  grid.values.forEach((row, r) => {
    h.update(JSON.stringify(row));
    h.update(JSON.stringify(grid.numberFormats?.[r] ?? []));
    h.update("\n");
  });
  return h.hex();
}
