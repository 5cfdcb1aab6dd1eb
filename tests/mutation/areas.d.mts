/** Types of areas.mjs, which the Stryker config (plain JavaScript) imports too. */
export interface MutationArea {
  mutate: string[];
  unit: string[];
  integration: string[];
}
export declare const mutationAreas: Record<string, MutationArea>;
export declare function mutationArea(name: string | undefined): MutationArea | undefined;
