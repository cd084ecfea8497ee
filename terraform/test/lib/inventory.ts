/**
 * Resource inventory per module, for the comparison with the original's 35 resources (INVENTORY §8e:
 * 14 in `Networking` + 21 in `eks`, with 2+2 subnets).
 */
import { label, loadConfiguration, moduleDirs, stackDirs } from "./hcl.ts";

/** What the original created, per module, with 2 public + 2 private subnets. */
export const ORIGINAL = { Networking: 14, eks: 21 } as const;
export const ORIGINAL_TOTAL = ORIGINAL.Networking + ORIGINAL.eks;

export interface BlockCount {
  readonly config: string;
  /** Resource blocks, by address, with how they repeat ("", "for_each" or "count"). */
  readonly blocks: { readonly address: string; readonly repeat: "" | "for_each" | "count" }[];
}

/** Resource blocks per module and stack, from the HCL alone. */
export function resourceBlocks(): BlockCount[] {
  return [...moduleDirs(), ...stackDirs()].map((dir) => {
    const c = loadConfiguration(dir);
    return {
      config: label(dir),
      blocks: c.resources.map((r) => ({
        address: `${r.type}.${r.name}`,
        repeat: "for_each" in r.body ? ("for_each" as const) : "count" in r.body ? ("count" as const) : ("" as const),
      })),
    };
  });
}
