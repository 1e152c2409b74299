/** What the snapshots panel asks the editor to draw instead of the live map (SnapshotStage's props). */
import type { Scene, Shape } from '@kring/scene';

export interface StagePicture {
  scene: Scene;
  /** The state before, for the glide from the old places. */
  previous?: Scene;
  marks: Shape[];
  /** Which state this is, in words. */
  caption: string;
  /** How long the glide from the state before takes (0: none). */
  glideMs: number;
}
