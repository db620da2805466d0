// What the playground page hands its boot script (playground.js reads it from a JSON <script> tag).
// Kept free of imports so the browser type check (tsconfig.web.json) can read it too.

export interface PlaygroundConfig {
  endpoint: string;
  /** Changes whenever the examples change, so stored tabs from an older set are not shown instead. */
  examplesVersion: string;
  tabs: Array<{ query: string; variables: string }>;
}
